package vn.tusoi.web.grading;

import java.time.Year;
import java.util.List;

import jakarta.ws.rs.WebApplicationException;

import vn.tusoi.web.api.ClassificationApi;
import vn.tusoi.web.api.GradingPeriod;
import vn.tusoi.web.format.PeriodNames;
import vn.tusoi.web.forms.FormFields;

/** The grading period a grading page shows (this year unless one is asked), its name, and the periods to pick. */
public record ShownPeriod(String code, String name, List<PeriodChoice> choices) {

    /** The period asked ({@code ky}), or this year; a code of no period's shape was not sent by the pages: 400. */
    static String code(String asked) {
        String code = FormFields.blank(asked) ? String.valueOf(Year.now().getValue()) : asked.strip();
        if (!code.matches(PeriodNames.CODE)) {
            throw new WebApplicationException(400);
        }
        return code;
    }

    /** The period of a valid code as the page shows it, with the occasions declared to pick from. */
    static ShownPeriod of(String code, ClassificationApi classifications) {
        List<GradingPeriod> occasions = classifications.occasions();
        return new ShownPeriod(code, PeriodChoice.name(code, occasions),
                PeriodChoice.offered(code, occasions, Year.now().getValue()));
    }
}
