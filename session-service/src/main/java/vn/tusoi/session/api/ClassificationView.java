package vn.tusoi.session.api;

import vn.tusoi.platform.concurrency.Versioned;
import vn.tusoi.session.grading.ScoreSheet;

/** A unit's classification for a period; {@code year} too when the period is a year (as before periods). */
public record ClassificationView(String unitCode, String period, Integer year, String stage, String selfGrade,
        String proposedGrade,
        String decidedGrade, ScoreSheet score, long version) implements Versioned {
}
