package vn.tusoi.web.report;

import org.jboss.resteasy.reactive.RestForm;

/** Carrying an unfinished shortcoming of an earlier review over into this session. */
public class CarryOverFields extends ReportForm {

    @RestForm
    public String sessionId;
    @RestForm
    public String shortcomingId;
    @RestForm
    public String version;
}
