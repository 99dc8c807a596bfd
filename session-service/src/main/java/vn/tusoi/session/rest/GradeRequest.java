package vn.tusoi.session.rest;

import jakarta.validation.constraints.NotNull;

import vn.tusoi.session.Grading;

/** A grade: EXCELLENT, GOOD, COMPLETED or NOT_COMPLETED. */
public record GradeRequest(@NotNull Grading.Grade grade) {
}
