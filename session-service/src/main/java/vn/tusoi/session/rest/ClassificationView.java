package vn.tusoi.session.rest;

public record ClassificationView(String unitCode, int year, String stage, String selfGrade, String proposedGrade,
        String decidedGrade, long version) {
}
