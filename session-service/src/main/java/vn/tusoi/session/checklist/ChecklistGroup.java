package vn.tusoi.session.checklist;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A group of a checklist's items ("I", "Nhóm I: suy thoái về tư tưởng chính trị"); a title only where known. */
public record ChecklistGroup(
        @NotBlank @Size(max = 16) String code,
        @Size(max = 500) String title,
        @NotEmpty @Size(max = ChecklistContent.MAX_ITEMS) List<@NotNull @Valid ChecklistItem> items) {
}
