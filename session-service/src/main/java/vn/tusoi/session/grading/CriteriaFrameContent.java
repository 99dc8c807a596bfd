package vn.tusoi.session.grading;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A criteria frame as an administrator publishes it and everyone reads it: an id, its title, the document it comes
 * from (QĐ 366-QĐ/TW, or a province's appendix) and its groups with their maximum points.
 */
@Schema(name = "CriteriaFrame")
public record CriteriaFrameContent(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*") String id,
        @NotBlank @Size(max = 500) String title,
        @NotBlank @Size(max = 500) String document,
        @NotEmpty @Size(max = 20) List<CriteriaFrame.@NotNull @Valid Group> groups) {
}
