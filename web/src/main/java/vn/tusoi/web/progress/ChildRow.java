package vn.tusoi.web.progress;

import java.math.BigDecimal;

import vn.tusoi.web.api.Progress;
import vn.tusoi.web.format.VietnameseFormat;

/** One direct subordinate unit in the progress table: held of expected, its percent (never capped) and its bar. */
public record ChildRow(String code, String name, long held, long expected, BigDecimal percent, long onTime,
        long late, long shortcomingsOpen) {

    static ChildRow of(Progress child) {
        return new ChildRow(child.unitCode(), child.unitName(), child.direct().held(), child.direct().expected(),
                VietnameseFormat.shareValue(child.direct().held(), child.direct().expected()), child.onTime(),
                child.late(), child.shortcomings() == null ? 0 : child.shortcomings().open());
    }

    /** The bar's width in percent: the share, drawn at most full. */
    public int barWidth() {
        return percent == null ? 0 : Math.min(100, percent.intValue());
    }

    public String percentText() {
        return VietnameseFormat.percent(percent);
    }

    public boolean complete() {
        return expected > 0 && held >= expected;
    }
}
