package vn.tusoi.web.report;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.WebApplicationException;

import org.jboss.resteasy.reactive.RestForm;

import vn.tusoi.web.api.Writes;
import vn.tusoi.web.forms.FormFields;
import vn.tusoi.web.targets.TargetsForm;

/** The unit's targets for a period, as it reports them with its review: rows aligned by position. */
public class TargetFields extends ReportForm {

    @RestForm
    public String period;
    @RestForm
    public String version;
    @RestForm
    public List<String> name;
    @RestForm
    public List<String> measure;
    @RestForm
    public List<String> target;
    @RestForm
    public List<String> actual;
    @RestForm
    public List<String> direction;

    /** The period as the page offers it (a year, or a term: 2020-2025); anything else was not sent by it: 400. */
    String requirePeriod() {
        if (FormFields.blank(period) || !period.matches("\\d{4}(-\\d{4})?")) {
            throw new WebApplicationException(400);
        }
        return period;
    }

    /** The filled rows as typed, to show again when refused. */
    List<TargetsForm.Row> filled() {
        List<TargetsForm.Row> rows = new ArrayList<>();
        for (int i = 0; name != null && i < name.size(); i++) {
            TargetsForm.Row row = new TargetsForm.Row(name.get(i), FormFields.at(measure, i), FormFields.at(target, i),
                    FormFields.at(actual, i), FormFields.at(direction, i));
            if (!row.blank()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** What the service is sent, one indicator a filled row; numbers not of their type are noted in {@code fields}. */
    List<Writes.Indicator> indicators(FormFields fields) {
        List<Writes.Indicator> indicators = new ArrayList<>();
        for (TargetsForm.Row row : filled()) {
            String at = "[" + indicators.size() + "].";
            indicators.add(new Writes.Indicator(FormFields.text(row.name()), FormFields.text(row.unit()),
                    fields.decimal(at + "target", row.target()), fields.decimal(at + "actual", row.actual()),
                    row.lower() ? "LOWER" : "HIGHER"));
        }
        return indicators;
    }
}
