package vn.tusoi.session.api;

import jakarta.validation.constraints.NotNull;

import vn.tusoi.session.grading.Grading;

/** A grade: EXCELLENT, GOOD, COMPLETED or NOT_COMPLETED. */
public record GradeRequest(@NotNull Grading.Grade grade) {
}
