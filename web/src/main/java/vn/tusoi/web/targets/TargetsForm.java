package vn.tusoi.web.targets;

import java.util.ArrayList;
import java.util.List;

import vn.tusoi.web.api.IndicatorSet;
import vn.tusoi.web.forms.FormFields;
import vn.tusoi.web.forms.Refusal;

/** The unit's targets for the review's period as the report form shows them, with blank rows to add more. */
public record TargetsForm(String period, long version, List<Row> rows, Refusal refusal) {

    public static final int BLANK_ROWS = 2;

    public record Row(String name, String unit, String target, String actual, String direction) {

        public boolean blank() {
            return FormFields.blank(name) && FormFields.blank(target) && FormFields.blank(actual);
        }

        public boolean lower() {
            return "LOWER".equals(direction);
        }
    }

    public static TargetsForm of(String period, IndicatorSet stored) {
        List<Row> rows = new ArrayList<>();
        if (stored != null) {
            stored.indicators().forEach(item -> rows.add(new Row(item.name(), item.unit() == null ? "" : item.unit(),
                    item.target().stripTrailingZeros().toPlainString(),
                    item.actual().stripTrailingZeros().toPlainString(), item.direction())));
        }
        return new TargetsForm(period, stored == null ? 0 : stored.version(), withBlankRows(rows), Refusal.NONE);
    }

    public static List<Row> withBlankRows(List<Row> rows) {
        List<Row> all = new ArrayList<>(rows);
        for (int i = 0; i < BLANK_ROWS; i++) {
            all.add(new Row("", "", "", "", "HIGHER"));
        }
        return all;
    }
}
