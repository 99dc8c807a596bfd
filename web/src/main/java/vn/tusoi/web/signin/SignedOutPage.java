package vn.tusoi.web.signin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Đã đăng xuất: nobody is signed in any more. Its template: templates/signin/SignedOutPage.html. */
@CheckedTemplate(basePath = "signin")
public record SignedOutPage() implements TemplateInstance {
}
