package vn.tusoi.platform.apidoc;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/** The schema of {@link vn.tusoi.platform.rest.Problem} in the OpenAPI document: RFC 9457 and the field at fault. */
final class ProblemSchema {

    private ProblemSchema() {
    }

    static Schema of() {
        Schema fieldError = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("field", text("The input at fault"))
                .addProperty("message", text("What is wrong with it"));
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem detail (application/problem+json)")
                .addRequired("type").addRequired("title").addRequired("status")
                .addProperty("type", text("urn:tusoi:problem:<rule>, the rule that was broken; stable across releases"))
                .addProperty("title", text("The status's reason phrase"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER))
                .addProperty("detail", text("What happened, in English, for the developer"))
                .addProperty("field", text("The input at fault: a body field (title, [0].name), a parameter or a"
                        + " header"))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY).items(fieldError)
                        .description("Each input at fault, or the records behind a refusal"));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }
}
