package vn.tusoi.web.layout;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import vn.tusoi.web.signin.SignedInUser;

/**
 * What a page says when it cannot show what was asked, in Vietnamese: the services' own answer decides (403 for a
 * unit outside the user's scope, 404 for one that does not exist), and a service that does not answer is a 503.
 */
public class Failures {

    private static final Logger LOG = Logger.getLogger(Failures.class);

    private final SignedInUser user;

    public Failures(SignedInUser user) {
        this.user = user;
    }

    @ServerExceptionMapper
    public Response refused(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        switch (status) {
            case 401 :
                return page(401, "Phiên đăng nhập đã hết hạn", "Vui lòng tải lại trang để đăng nhập lại.");
            case 403 :
                return page(403, "Không được phép",
                        "Tài khoản của bạn không được phép xem số liệu này. Hãy chọn đơn vị thuộc phạm vi được giao.");
            case 404 :
                return page(404, "Không tìm thấy",
                        "Không có đợt sinh hoạt, đơn vị hoặc số liệu theo địa chỉ này.");
            case 400 :
                return page(400, "Yêu cầu không hợp lệ", "Địa chỉ trang thiếu hoặc sai thông tin.");
            default :
                LOG.warnf("a service answered %d: %s", status, e.getMessage());
                return page(502, "Dịch vụ trả lời lỗi", "Vui lòng thử lại sau ít phút.");
        }
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        return page(400, "Yêu cầu không hợp lệ", "Địa chỉ trang thiếu hoặc sai thông tin (đợt, đơn vị, kỳ).");
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException e) {
        LOG.warnf("a service did not answer: %s", e.getMessage());
        return page(503, "Dịch vụ tạm thời không trả lời", "Vui lòng thử lại sau ít phút.");
    }

    private Response page(int status, String title, String detail) {
        String name;
        try {
            name = user.displayName();
        } catch (RuntimeException notSignedIn) {
            name = null;
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(new ProblemPage(title, detail).render()).build();
    }
}
