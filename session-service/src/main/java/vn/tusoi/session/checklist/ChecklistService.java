package vn.tusoi.session.checklist;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import vn.tusoi.platform.concurrency.Preconditions;
import vn.tusoi.platform.rest.RuleViolation;
import vn.tusoi.platform.security.Caller;

/**
 * The checklists members review themselves against: read by everyone signed in, corrected by an administrator who
 * reads the difference first and then publishes the list as the next version (audited; earlier versions stay as
 * they were, with the self-reviews made against them).
 */
@ApplicationScoped
@Transactional
public class ChecklistService {

    private final EntityManager em;
    private final Preconditions preconditions;
    private final Caller caller;
    private final Validator validator;

    public ChecklistService(EntityManager em, Preconditions preconditions, Caller caller, Validator validator) {
        this.em = em;
        this.preconditions = preconditions;
        this.caller = caller;
        this.validator = validator;
    }

    /** A list loaded as CSV, under the current version's heading, checked as a JSON body would be. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChecklistContent fromCsv(String checklistId, String csv) {
        ChecklistContent content = ChecklistCsv.read(csv, current(checklistId).content());
        Set<ConstraintViolation<ChecklistContent>> violations = validator.validate(content);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return content;
    }

    /** The current version of every checklist, by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChecklistVersion> currentVersions() {
        return em.createQuery("SELECT v FROM ChecklistVersion v, Checklist c WHERE v.key.checklistId = c.id"
                + " AND v.key.number = c.version ORDER BY c.id", ChecklistVersion.class).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ChecklistVersion current(String checklistId) {
        return version(checklistId, checklist(checklistId).version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ChecklistVersion version(String checklistId, long number) {
        ChecklistVersion version = em.find(ChecklistVersion.class, new ChecklistVersion.Key(checklistId, number));
        if (version == null) {
            throw RuleViolation.notFound("version of checklist " + checklistId, String.valueOf(number));
        }
        return version;
    }

    /** A campaign names a checklist that exists. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireExists(String checklistId, String field) {
        if (em.find(Checklist.class, checklistId) == null) {
            throw new RuleViolation(422, "checklist-unknown", field, "no checklist " + checklistId);
        }
    }

    /** What publishing the list would change; nothing is written. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChecklistDiff diff(String checklistId, ChecklistContent proposed) {
        proposed.check();
        ChecklistVersion current = current(checklistId);
        return ChecklistDiff.between(checklistId, current.key.number(), current.content(), proposed.normalised());
    }

    /**
     * Publishes the list as the checklist's next version. Two administrators publishing at once are taken one after
     * the other (the checklist's row is locked): with {@code If-Match} the second is told the list moved on (412).
     */
    public ChecklistVersion publish(String checklistId, ChecklistContent proposed) {
        proposed.check();
        Checklist checklist = em.find(Checklist.class, checklistId, LockModeType.PESSIMISTIC_WRITE);
        if (checklist == null) {
            throw RuleViolation.notFound("checklist", checklistId);
        }
        preconditions.require("checklist " + checklistId, checklist.version);
        ChecklistContent content = proposed.normalised();
        ChecklistVersion current = version(checklistId, checklist.version);
        if (ChecklistDiff.between(checklistId, checklist.version, current.content(), content).empty()) {
            throw new RuleViolation(422, "checklist-unchanged", "groups",
                    "the list is version " + checklist.version + " as it stands: nothing to publish");
        }
        checklist.version++;
        ChecklistVersion next = new ChecklistVersion();
        next.key = new ChecklistVersion.Key(checklistId, checklist.version);
        next.title = content.title();
        next.document = content.document();
        next.itemNoun = content.itemNoun();
        next.groups = content.groups();
        next.publishedAt = Instant.now();
        next.publishedBy = caller.name();
        em.persist(next);
        return next;
    }

    private Checklist checklist(String checklistId) {
        Checklist checklist = em.find(Checklist.class, checklistId);
        if (checklist == null) {
            throw RuleViolation.notFound("checklist", checklistId);
        }
        return checklist;
    }
}
