package vn.tusoi.session.grading;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The points given for each group of a criteria frame ({@code {"CHUNG": 27, "NHIEM-VU": 64.5}}); the frame is
 * QĐ 366's two groups unless another is named.
 */
public record ScorePoints(
        @Size(max = 64) String frameId,
        @NotEmpty @Size(max = 20) Map<@NotBlank @Size(max = 16) String, @NotNull @DecimalMin("0") @Digits(integer = 3, fraction = 1) BigDecimal> points) {
}
