package vn.tusoi.web.progress;

import java.util.List;
import java.util.Map;

import vn.tusoi.web.api.Campaign;
import vn.tusoi.web.api.Progress;
import vn.tusoi.web.format.VietnameseFormat;

/**
 * What the progress page shows of a campaign at a unit: its roll-up (tiles), its direct subordinate units (the
 * table, sorted) and the units above it down from the campaign's issuing unit (the breadcrumb). {@code frozen} when
 * the figures are those the campaign was closed with; {@code gradePeriod} the name of the period its grades are for
 * ("năm 2026", "quý III năm 2026").
 */
public record Board(Campaign campaign, Progress progress, List<ChildRow> children, long childrenTotal,
        List<Crumb> trail, Sorting sorting, boolean frozen, String gradePeriod) {

    public String heldShare() {
        return VietnameseFormat.share(progress.direct().held(), progress.direct().expected());
    }

    /** Units of the whole subtree that must hold the campaign (the unit's own roll-up: the units under it). */
    public String subtree() {
        return VietnameseFormat.number(progress.subtreeHeld()) + "/" + VietnameseFormat.number(progress
                .subtreeExpected());
    }

    public String subtreeShare() {
        return VietnameseFormat.share(progress.subtreeHeld(), progress.subtreeExpected());
    }

    public String membersShare() {
        return VietnameseFormat.share(progress.members().reviewed(), progress.members().total());
    }

    public String indicatorsShare() {
        return VietnameseFormat.share(progress.indicators().met(), progress.indicators().total());
    }

    public String attendanceRate() {
        return VietnameseFormat.percent(progress.attendance().rate());
    }

    public Map<String, Progress.Count> byKind() {
        return progress.byKind() == null ? Map.of() : progress.byKind();
    }

    /** More children than one table holds: the table shows the first ones in the chosen order. */
    public boolean childrenCut() {
        return childrenTotal > children.size();
    }

    /** The distribution of the decided grades of the units in scope under the unit, for the campaign's period. */
    public List<GradeRow> gradeRows() {
        return GradeRow.of(progress.grades());
    }

    /** How many of those units have a decided grade. */
    public long graded() {
        return GradeRow.graded(progress.grades());
    }

    /** The distribution of the grades decided for the members at the unit and under it (their self-reviews'). */
    public List<GradeRow> memberGradeRows() {
        return GradeRow.of(memberGrades());
    }

    /** How many of those members have a decided grade. */
    public long membersGraded() {
        return GradeRow.graded(memberGrades());
    }

    private Map<String, Long> memberGrades() {
        return progress.members() == null ? null : progress.members().grades();
    }

}
