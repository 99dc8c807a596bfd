package vn.tusoi.web.forms;

import java.util.Map;

import vn.tusoi.web.api.Problem;

/**
 * What a service's refusal means, in the words of the people who fill the forms: each rule the services name in a
 * problem's {@code type} has its sentence here; a rule this front end does not know yet is told by the field it
 * names, so that nothing is ever shown in English or as a code.
 */
public final class ProblemWords {

    private static final Map<String, String> RULES = Map.ofEntries(
            // sessions
            Map.entry("session-exists", "Đơn vị đã có báo cáo cho đợt này; hãy mở báo cáo đó để sửa."),
            Map.entry("held-on-missing", "Cần ghi ngày tổ chức sinh hoạt trước khi đánh dấu đã tổ chức."),
            Map.entry("held-on-in-future", "Ngày sinh hoạt không được sau ngày hôm nay."),
            Map.entry("attendance-above-expected", "Số đảng viên có mặt không được nhiều hơn số phải dự."),
            Map.entry("session-not-editable",
                    "Báo cáo đã gửi hoặc đã được duyệt nên không sửa được; nếu cần sửa, cấp trên phải trả lại."),
            Map.entry("session-step-not-allowed",
                    "Báo cáo này đã được quyết định trước đó (đã duyệt hoặc đã trả lại), hoặc chưa được gửi lên."),
            Map.entry("return-reason-missing", "Khi trả lại báo cáo, cần ghi rõ lý do để đơn vị bổ sung."),
            Map.entry("campaign-closed", "Đợt sinh hoạt này đã kết thúc, không nhận báo cáo nữa."),
            Map.entry("unit-not-in-campaign-scope", "Đơn vị không thuộc phạm vi của đợt sinh hoạt này."),
            Map.entry("unit-unknown", "Hệ thống chưa có đơn vị này trong danh sách tổ chức đảng."),
            Map.entry("unit-dissolved", "Đơn vị này đã giải thể."),
            Map.entry("session-status-not-reportable", "Báo cáo chỉ được lưu nháp hoặc đánh dấu đã tổ chức."),
            // shortcomings and actions
            Map.entry("responsible-member-missing", "Trách nhiệm cá nhân cần ghi rõ đảng viên chịu trách nhiệm."),
            Map.entry("shortcoming-not-open", "Hạn chế này đã khắc phục xong hoặc đã chuyển sang kỳ sau."),
            Map.entry("action-not-in-shortcoming", "Biện pháp này không thuộc hạn chế đang sửa; hãy tải lại trang."),
            Map.entry("action-step-not-allowed", "Không thể chuyển biện pháp sang tình trạng này."),
            Map.entry("action-not-done", "Chỉ xác nhận hoặc mở lại biện pháp đã báo hoàn thành."),
            Map.entry("reopen-reason-missing", "Khi mở lại biện pháp, cần ghi rõ lý do."),
            Map.entry("carry-over-other-unit", "Chỉ chuyển hạn chế sang kỳ kiểm điểm sau của chính đơn vị đó."),
            Map.entry("carry-over-same-campaign", "Hạn chế chỉ được chuyển sang một đợt kiểm điểm sau."),
            // grading
            Map.entry("self-review-graded", "Bản tự kiểm điểm đã được đề xuất hoặc quyết định xếp loại."),
            Map.entry("classification-graded", "Việc xếp loại đã được đề xuất hoặc quyết định."),
            Map.entry("grading-step-not-allowed", "Chưa đến bước xếp loại này, hoặc bước này đã làm."),
            Map.entry("manifestation-repeated", "Mỗi biểu hiện chỉ đánh dấu một lần."),
            Map.entry("self-review-private", "Bản tự kiểm điểm chỉ đảng viên đó và cấp ủy có thẩm quyền được xem."),
            Map.entry("self-review-members-own", "Đảng viên chỉ viết bản tự kiểm điểm của chính mình."),
            Map.entry("manifestation-unknown",
                    "Biểu hiện đã chọn không có trong danh mục của đợt này; hãy tải lại trang rồi chọn lại."),
            Map.entry("not-a-member-of-unit", "Đảng viên này không thuộc chi bộ đã chọn."),
            Map.entry("excellent-needs-remediation",
                    "Chưa thể xếp loại «Hoàn thành xuất sắc nhiệm vụ»: còn hạn chế, khuyết điểm chưa được khắc phục."),
            Map.entry("grade-above-score", "Mức xếp loại cao hơn mức mà tổng điểm cho phép."),
            Map.entry("score-above-maximum", "Điểm của một nhóm tiêu chí vượt quá điểm tối đa của nhóm."),
            Map.entry("score-group-missing", "Bảng điểm còn thiếu điểm của một nhóm tiêu chí."),
            Map.entry("score-group-unknown", "Bảng điểm có nhóm tiêu chí không thuộc khung tiêu chí đang áp dụng."),
            Map.entry("disciplined-in-period", "Chưa thể xếp loại mức này: trong kỳ có quyết định kỷ luật."),
            Map.entry("excellent-share-exceeded",
                    "Số được xếp loại «Hoàn thành xuất sắc nhiệm vụ» đã đạt tỷ lệ tối đa đang áp dụng."),
            Map.entry("period-invalid",
                    "Kỳ không hợp lệ: một năm (2026), một quý (2026-Q3) hoặc một nhiệm kỳ (2020-2025)."),
            Map.entry("period-not-found", "Không có dịp đánh giá, xếp loại này."),
            Map.entry("indicator-repeated", "Mỗi chỉ tiêu chỉ ghi một lần."),
            Map.entry("session-of-another-unit", "Phiên sinh hoạt này thuộc đơn vị khác."),
            Map.entry("checklist-text-without-source",
                    "Mục có văn bản phải ghi nguồn đã đối chiếu; mục chưa có văn bản chính thức thì để trống cả hai."),
            Map.entry("checklist-item-repeated", "Mỗi số thứ tự chỉ có một mục trong danh mục."),
            Map.entry("checklist-group-repeated", "Mỗi nhóm chỉ xuất hiện một lần trong danh mục."),
            Map.entry("checklist-too-long", "Danh mục có quá nhiều mục (tối đa 500)."),
            Map.entry("checklist-unchanged", "Danh mục giống hệt phiên bản hiện hành; không có gì để công bố."),
            Map.entry("checklist-unknown", "Không có danh mục này."),
            Map.entry("csv-header-missing",
                    "Tệp CSV thiếu dòng tiêu đề: group,groupTitle,number,text,source."),
            Map.entry("csv-field-missing", "Một dòng của tệp CSV thiếu thông tin bắt buộc."),
            Map.entry("number-invalid", "Số thứ tự của một mục không phải là số."),
            Map.entry("unreadable-body", "Không đọc được nội dung tệp; hãy kiểm tra định dạng."),
            Map.entry("charset-unknown", "Không nhận ra bảng mã của tệp; hãy lưu tệp ở dạng UTF-8."),
            // the platform's
            Map.entry("version-mismatch",
                    "Thông tin đã được người khác thay đổi kể từ khi bạn mở trang; hãy tải lại rồi làm lại."),
            Map.entry("concurrent-change",
                    "Một người khác vừa thay đổi đúng thông tin này cùng lúc; hãy tải lại trang để xem kết quả."),
            Map.entry("duplicate-key", "Thông tin này vừa được ghi nhận (có thể từ một lần gửi khác)."),
            Map.entry("out-of-scope", "Tài khoản của bạn không được phép làm việc này với đơn vị này."),
            Map.entry("not-a-superior", "Chỉ cấp ủy cấp trên của đơn vị mới duyệt, xác nhận hoặc quyết định."),
            Map.entry("role-not-allowed", "Vai trò của tài khoản không được phép làm việc này."),
            Map.entry("not-found", "Không tìm thấy thông tin này; có thể nó đã bị thay đổi."),
            Map.entry("idempotency-key-in-flight", "Lần gửi trước vẫn đang được xử lý; vui lòng chờ giây lát."),
            Map.entry("idempotency-key-reused", "Biểu mẫu đã được gửi với nội dung khác; hãy tải lại trang."),
            Map.entry("service-unavailable", "Hệ thống đang bận; vui lòng gửi lại sau ít phút."));

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("heldOn", "Ngày sinh hoạt"),
            Map.entry("kind", "Loại sinh hoạt"),
            Map.entry("chair", "Người chủ trì"),
            Map.entry("delegates", "Đại biểu cấp trên dự"),
            Map.entry("attendance.expected", "Số đảng viên phải dự"),
            Map.entry("attendance.present", "Số đảng viên có mặt"),
            Map.entry("minutesSummary", "Tóm tắt biên bản"),
            Map.entry("status", "Tình trạng"),
            Map.entry("area", "Lĩnh vực"),
            Map.entry("description", "Nội dung hạn chế"),
            Map.entry("causes", "Nguyên nhân"),
            Map.entry("rootCause", "Nguyên nhân chính"),
            Map.entry("responsibility", "Trách nhiệm"),
            Map.entry("responsibleMember", "Đảng viên chịu trách nhiệm"),
            Map.entry("actions", "Biện pháp khắc phục"),
            Map.entry("reason", "Lý do"),
            Map.entry("unitCode", "Đơn vị"),
            Map.entry("manifestations", "Biểu hiện"),
            Map.entry("grade", "Mức xếp loại"),
            Map.entry("personalShortcomings", "Hạn chế của bản thân"),
            Map.entry("improvementPlan", "Hướng khắc phục"));

    private ProblemWords() {
    }

    /** The sentence for a refusal: its rule's, or one that names the field when the rule is not known here. */
    public static String of(Problem problem) {
        String rule = problem.rule();
        if (rule != null && RULES.containsKey(rule)) {
            return RULES.get(rule);
        }
        if (problem.field() != null) {
            return "Thông tin «" + field(problem.field()) + "» chưa hợp lệ; vui lòng kiểm tra lại.";
        }
        return "Không thực hiện được yêu cầu (mã " + problem.status() + "); vui lòng kiểm tra lại.";
    }

    /** The label of a field as the services name it ({@code actions[1].dueOn} → its own label). */
    public static String field(String field) {
        if (field.startsWith("score.points.")) {
            return "Điểm nhóm tiêu chí " + field.substring("score.points.".length());
        }
        String leaf = field.replaceAll("\\[\\d+]", "");
        if (FIELDS.containsKey(leaf)) {
            return FIELDS.get(leaf);
        }
        int dot = leaf.lastIndexOf('.');
        String last = dot < 0 ? leaf : leaf.substring(dot + 1);
        return switch (last) {
            case "dueOn" -> "Hạn hoàn thành";
            case "owner" -> "Người thực hiện";
            case "name" -> "Tên chỉ tiêu";
            case "target" -> "Chỉ tiêu đề ra";
            case "actual" -> "Kết quả thực hiện";
            case "description" -> "Nội dung";
            default -> FIELDS.getOrDefault(last, field);
        };
    }

    /** Whether the services name this rule and this front end has words for it. */
    public static boolean knows(String rule) {
        return RULES.containsKey(rule);
    }
}
