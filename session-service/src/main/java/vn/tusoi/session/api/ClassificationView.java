package vn.tusoi.session.api;

import vn.tusoi.platform.concurrency.Versioned;
import vn.tusoi.session.grading.ScoreSheet;

public record ClassificationView(String unitCode, int year, String stage, String selfGrade, String proposedGrade,
        String decidedGrade, ScoreSheet score, long version) implements Versioned {
}
