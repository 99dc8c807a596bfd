package vn.tusoi.session.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.tusoi.session.grading.Grading;
import vn.tusoi.session.grading.ScorePoints;

/**
 * A grade: EXCELLENT, GOOD, COMPLETED or NOT_COMPLETED, with the score sheet it rests on if one is given (it replaces
 * the last one); the grade may not be above what the sheet's total allows.
 */
public record GradeRequest(@NotNull Grading.Grade grade, @Valid ScorePoints score) {
}
