package vn.tusoi.web.format;

import java.util.Map;

/**
 * The Vietnamese words for the services' codes. Kinds of unit are the party's own kinds of organisation; the level of
 * local government (province, commune...) is never named here: it comes with each unit's name.
 */
public final class Labels {

    private static final Map<String, String> WORDS = Map.ofEntries(
            // kinds of unit
            Map.entry("PROVINCE", "Đảng bộ tỉnh, thành phố"),
            Map.entry("DISTRICT", "Đảng bộ cấp trên trực tiếp cơ sở"),
            Map.entry("BLOC", "Đảng bộ khối"),
            Map.entry("GRASSROOTS_COMMITTEE", "Đảng bộ cơ sở"),
            Map.entry("GRASSROOTS_CELL", "Chi bộ cơ sở"),
            Map.entry("PARTIAL_COMMITTEE", "Đảng bộ bộ phận"),
            Map.entry("CELL", "Chi bộ trực thuộc"),
            // campaigns and sessions
            Map.entry("OPEN", "Đang triển khai"),
            Map.entry("CLOSED", "Đã kết thúc"),
            Map.entry("THEMATIC", "Sinh hoạt chuyên đề"),
            Map.entry("ANNUAL_REVIEW", "Kiểm điểm cuối năm"),
            Map.entry("MID_TERM_REVIEW", "Kiểm điểm giữa nhiệm kỳ"),
            // sessions
            Map.entry("DRAFT", "Bản nháp"),
            Map.entry("HELD", "Đã tổ chức, chưa gửi"),
            Map.entry("SUBMITTED", "Đã gửi, chờ duyệt"),
            Map.entry("APPROVED", "Đã duyệt"),
            Map.entry("RETURNED", "Bị trả lại, cần bổ sung"),
            // areas of shortcomings
            Map.entry("PARTY_BUILDING", "Xây dựng Đảng"),
            Map.entry("LEADERSHIP", "Lãnh đạo, chỉ đạo"),
            Map.entry("ECONOMY", "Kinh tế"),
            Map.entry("CULTURE_SOCIETY", "Văn hóa – xã hội"),
            Map.entry("DEFENCE_SECURITY", "Quốc phòng – an ninh"),
            Map.entry("INSPECTION_SUPERVISION", "Kiểm tra, giám sát"),
            Map.entry("MASS_MOBILISATION", "Dân vận"),
            Map.entry("LAND_ENVIRONMENT", "Đất đai, môi trường"),
            Map.entry("OTHER", "Khác"),
            // causes and responsibility
            Map.entry("OBJECTIVE", "Khách quan"),
            Map.entry("SUBJECTIVE", "Chủ quan"),
            Map.entry("COLLECTIVE", "Tập thể"),
            Map.entry("INDIVIDUAL", "Cá nhân"),
            // remediation actions
            Map.entry("PLANNED", "Chưa thực hiện"),
            Map.entry("IN_PROGRESS", "Đang thực hiện"),
            Map.entry("DONE", "Đã hoàn thành"),
            Map.entry("VERIFIED", "Đã xác nhận"),
            Map.entry("RESOLVED", "Đã khắc phục"),
            Map.entry("CARRIED_OVER", "Chuyển kỳ sau"),
            // targets
            Map.entry("EXCEEDED", "Vượt"),
            Map.entry("MET", "Đạt"),
            Map.entry("NOT_MET", "Không đạt"),
            // stages of a grading
            Map.entry("SELF_ASSESSED", "Đã tự đánh giá"),
            Map.entry("PROPOSED", "Đã đề xuất"),
            Map.entry("DECIDED", "Đã quyết định"),
            // grades
            Map.entry("EXCELLENT", "Hoàn thành xuất sắc nhiệm vụ"),
            Map.entry("GOOD", "Hoàn thành tốt nhiệm vụ"),
            Map.entry("COMPLETED", "Hoàn thành nhiệm vụ"),
            Map.entry("NOT_COMPLETED", "Không hoàn thành nhiệm vụ"));

    private Labels() {
    }

    /** The word for a code, or the code itself for one this front end does not know yet. */
    public static String of(String code) {
        return code == null ? "" : WORDS.getOrDefault(code, code);
    }
}
