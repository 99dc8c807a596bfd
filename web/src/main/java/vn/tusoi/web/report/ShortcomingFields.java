package vn.tusoi.web.report;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jboss.resteasy.reactive.RestForm;

import vn.tusoi.web.api.Shortcoming;
import vn.tusoi.web.api.ShortcomingRequest;
import vn.tusoi.web.forms.FormFields;

/** A shortcoming's fields as the form sends them: causes one a line, action rows aligned by position. */
public class ShortcomingFields extends ReportForm {

    @RestForm
    public String sessionId;
    @RestForm
    public String shortcomingId;
    @RestForm
    public String version;
    @RestForm
    public String area;
    @RestForm
    public String description;
    @RestForm
    public String objectiveCauses;
    @RestForm
    public String subjectiveCauses;
    @RestForm
    public String rootCause;
    @RestForm
    public String responsibility;
    @RestForm
    public String responsibleMember;
    @RestForm
    public List<String> actionId;
    @RestForm
    public List<String> actionDescription;
    @RestForm
    public List<String> actionOwner;
    @RestForm
    public List<String> actionDue;

    ShortcomingValues values() {
        UUID id = FormFields.blank(shortcomingId) ? null : FormFields.uuid(shortcomingId);
        return new ShortcomingValues(id, FormFields.version(version), area, description, objectiveCauses,
                subjectiveCauses, rootCause, responsibility, responsibleMember, rows());
    }

    /** What the service is sent: causes by kind, the filled action rows; bad dates are noted in {@code fields}. */
    ShortcomingRequest request(FormFields fields) {
        List<Shortcoming.Cause> causes = new ArrayList<>();
        lines(objectiveCauses).forEach(line -> causes.add(new Shortcoming.Cause("OBJECTIVE", line)));
        lines(subjectiveCauses).forEach(line -> causes.add(new Shortcoming.Cause("SUBJECTIVE", line)));
        List<ShortcomingRequest.Action> actions = new ArrayList<>();
        for (ShortcomingValues.ActionRow row : rows()) {
            if (!row.blank()) {
                actions.add(new ShortcomingRequest.Action(FormFields.blank(row.id()) ? null : FormFields.uuid(row.id()),
                        FormFields.text(row.description()), FormFields.text(row.owner()),
                        fields.date("actions[" + actions.size() + "].dueOn", row.dueOn())));
            }
        }
        return new ShortcomingRequest(FormFields.text(area), FormFields.text(description), causes,
                FormFields.text(rootCause), FormFields.text(responsibility), FormFields.text(responsibleMember),
                actions);
    }

    private List<ShortcomingValues.ActionRow> rows() {
        List<ShortcomingValues.ActionRow> rows = new ArrayList<>();
        int count = actionDescription == null ? 0 : actionDescription.size();
        for (int i = 0; i < count; i++) {
            rows.add(new ShortcomingValues.ActionRow(FormFields.at(actionId, i), FormFields.at(actionDescription, i),
                    FormFields.at(actionOwner, i), FormFields.at(actionDue, i)));
        }
        return rows;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
