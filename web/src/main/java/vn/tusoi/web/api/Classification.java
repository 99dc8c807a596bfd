package vn.tusoi.web.api;

/** A unit's classification for a period: its self-assessment, the superior's proposal and decision. */
public record Classification(String unitCode, String period, String stage, String selfGrade, String proposedGrade,
        String decidedGrade, Scores.Sheet score, long version) {
}
