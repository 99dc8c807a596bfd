package vn.tusoi.web.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.ws.rs.WebApplicationException;

import org.junit.jupiter.api.Test;

import vn.tusoi.web.api.Problem;

class ProblemWordsTest {

    @Test
    void aKnownRuleIsToldInItsOwnWordsNextToItsField() {
        Refusal refusal = Refusal.of(new Problem("urn:tusoi:problem:held-on-in-future", "Unprocessable Content", 422,
                "the date 2999-01-01 is in the future", "heldOn", null));
        assertEquals("Ngày sinh hoạt không được sau ngày hôm nay.", refusal.at("heldOn"));
        assertEquals(422, refusal.status());
    }

    @Test
    void anUnknownRuleIsToldByTheFieldItNames() {
        assertEquals("Thông tin «Hạn hoàn thành» chưa hợp lệ; vui lòng kiểm tra lại.", ProblemWords.of(new Problem(
                "urn:tusoi:problem:some-rule-added-later", null, 422, "in English", "actions[1].dueOn", null)));
        assertEquals("Thông tin «Người chủ trì» chưa hợp lệ; vui lòng kiểm tra lại.", ProblemWords.of(new Problem(
                "about:blank", null, 400, "x", "chair", null)));
        assertTrue(ProblemWords.of(new Problem(null, null, 409, "x", null, null)).contains("409"));
    }

    @Test
    void eachInvalidFieldOfABadRequestIsNamed() {
        Refusal refusal = Refusal.of(new Problem("urn:tusoi:problem:invalid-input", "Bad Request", 400, "x", "chair",
                List.of(new Problem.FieldError("chair", "size"), new Problem.FieldError("minutesSummary", "size"))));
        assertEquals("Thông tin «Tóm tắt biên bản» chưa hợp lệ; vui lòng kiểm tra lại.", refusal.at("minutesSummary"));
        assertEquals(2, refusal.byField().size());
    }

    @Test
    void valuesNotOfTheirTypeAreToldBeforeAnythingIsSent() {
        FormFields fields = new FormFields();
        assertEquals(null, fields.date("heldOn", "31/12"));
        assertEquals(7, fields.number("attendance.present", " 7 "));
        assertEquals(null, fields.number("attendance.expected", "bảy"));
        Refusal refusal = fields.refusal();
        assertEquals(400, refusal.status());
        assertEquals("«Ngày sinh hoạt» cần là một ngày (ngày/tháng/năm).", refusal.at("heldOn"));
        assertEquals("«Số đảng viên phải dự» cần là một số.", refusal.at("attendance.expected"));
    }

    @Test
    void aVersionOrIdThePageDidNotWriteIsABadRequest() {
        assertEquals(0, FormFields.version(" "));
        assertEquals(7, FormFields.version("7"));
        assertEquals("\"7\"", FormFields.etag("7"));
        assertEquals(null, FormFields.etag(""));
        assertEquals(400, assertThrows(WebApplicationException.class, () -> FormFields.version("7;drop"))
                .getResponse().getStatus());
        assertEquals(400, assertThrows(WebApplicationException.class, () -> FormFields.uuid("not-an-id"))
                .getResponse().getStatus());
    }
}
