package vn.tusoi.session.api;

import vn.tusoi.platform.concurrency.Versioned;

public record ClassificationView(String unitCode, int year, String stage, String selfGrade, String proposedGrade,
        String decidedGrade, long version) implements Versioned {
}
