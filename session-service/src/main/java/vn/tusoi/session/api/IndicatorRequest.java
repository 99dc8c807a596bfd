package vn.tusoi.session.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import vn.tusoi.session.indicator.Indicator;

/** One target as a unit reports it; direction defaults to HIGHER (more is better). */
public record IndicatorRequest(
        @NotBlank @Size(max = 255) String name,
        @Size(max = 50) String unit,
        @NotNull @Positive @Digits(integer = 16, fraction = 4) BigDecimal target,
        @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 4) BigDecimal actual,
        Indicator.Direction direction) {

    public Indicator.Direction directionOrDefault() {
        return direction == null ? Indicator.Direction.HIGHER : direction;
    }
}
