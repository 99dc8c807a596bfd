package vn.tusoi.web.report;

import jakarta.ws.rs.WebApplicationException;

import org.jboss.resteasy.reactive.RestForm;

import vn.tusoi.web.forms.FormFields;
import vn.tusoi.web.signin.SignedForm;

/** What every form of a unit's report carries besides the token and key: which campaign, which unit. */
public class ReportForm extends SignedForm {

    @RestForm
    public String campaign;

    @RestForm
    public String unit;

    /** A form without its campaign or unit was not sent by the report's page: 400. */
    void requirePlace() {
        if (FormFields.blank(campaign) || FormFields.blank(unit)) {
            throw new WebApplicationException(400);
        }
    }
}
