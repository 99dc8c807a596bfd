package vn.tusoi.session.period;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An occasion as a committee declares it: {@code dai-hoi-xiv}, "Kiểm điểm trước Đại hội XIV", its first and last day. */
public record GradingOccasionRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = GradingPeriod.OCCASION_CODE, message = "lower-case letters, digits and '-', beginning with a letter") String code,
        @NotBlank @Size(max = 500) String title,
        @NotBlank @Size(max = 64) String issuingUnitCode,
        @NotNull LocalDate firstDay,
        @NotNull LocalDate lastDay) {
}
