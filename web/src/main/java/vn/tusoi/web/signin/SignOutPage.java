package vn.tusoi.web.signin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Đăng xuất: the button that ends the sign-in here and at the identity provider. Its template: templates/signin/SignOutPage.html. */
@CheckedTemplate(basePath = "signin")
public record SignOutPage() implements TemplateInstance {
}
