package vn.tusoi.session.grading;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.tusoi.platform.rest.RuleViolation;

/**
 * The criteria frames score sheets follow: QĐ 366's two groups as shipped, and those an administrator publishes (a
 * province's appendix). A frame's groups give 100 points in all, each group once; a published frame never changes.
 */
@ApplicationScoped
public class CriteriaFrames {

    static final BigDecimal SCALE = BigDecimal.valueOf(100);

    private final EntityManager em;

    public CriteriaFrames(EntityManager em) {
        this.em = em;
    }

    public List<CriteriaFrame> all() {
        return em.createQuery("from CriteriaFrame order by id", CriteriaFrame.class).getResultList();
    }

    public CriteriaFrame get(String id) {
        CriteriaFrame frame = em.find(CriteriaFrame.class, id);
        if (frame == null) {
            throw RuleViolation.notFound("criteria frame", id);
        }
        return frame;
    }

    /** Publishes a new frame: its groups each once, 100 points in all; an id already taken is refused (409). */
    @Transactional
    public CriteriaFrame publish(CriteriaFrameContent content) {
        Set<String> codes = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < content.groups().size(); i++) {
            CriteriaFrame.Group group = content.groups().get(i);
            if (!codes.add(group.code().strip())) {
                throw new RuleViolation(422, "criteria-group-repeated", "groups[" + i + "].code",
                        "the group " + group.code() + " is given twice");
            }
            total = total.add(group.maxPoints());
        }
        if (total.compareTo(SCALE) != 0) {
            throw new RuleViolation(422, "criteria-frame-not-100", "groups", "the groups give "
                    + total.stripTrailingZeros().toPlainString() + " points in all, not the 100 of QĐ 366's scale");
        }
        if (em.find(CriteriaFrame.class, content.id()) != null) {
            throw new RuleViolation(409, "criteria-frame-exists", "id", "criteria frame " + content.id()
                    + " exists and never changes: publish the revised frame under a new id");
        }
        CriteriaFrame frame = new CriteriaFrame();
        frame.id = content.id();
        frame.title = content.title().strip();
        frame.document = content.document().strip();
        frame.groups = content.groups().stream()
                .map(g -> new CriteriaFrame.Group(g.code().strip(), g.title().strip(), g.maxPoints())).toList();
        em.persist(frame);
        return frame;
    }
}
