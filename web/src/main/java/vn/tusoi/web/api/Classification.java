package vn.tusoi.web.api;

/** A unit's yearly classification: its self-assessment, the superior's proposal and decision. */
public record Classification(String unitCode, int year, String stage, String selfGrade, String proposedGrade,
        String decidedGrade, Scores.Sheet score, long version) {
}
