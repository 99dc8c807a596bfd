package vn.tusoi.testsupport;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event contracts as the tests check them: each JSON Schema by the draft its {@code $schema} declares (draft-07
 * here: {@code const}, {@code enum}, {@code required}, formats...), so a contract means what it says.
 */
public final class Contract {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private Contract() {
    }

    /** A JSON text that the schema in this file accepts. */
    public static Matcher<String> matchesContract(File schemaFile) {
        Schema schema = SCHEMAS.computeIfAbsent(schemaFile.getAbsolutePath(), path -> load(schemaFile));
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(String json, Description mismatch) {
                List<Error> errors = schema.validate(json, InputFormat.JSON);
                if (!errors.isEmpty()) {
                    mismatch.appendText("broke " + schemaFile.getName() + ": ").appendText(errors.stream()
                            .map(e -> e.getInstanceLocation() + " " + e.getMessage())
                            .collect(Collectors.joining("; ")));
                }
                return errors.isEmpty();
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("an event following " + schemaFile.getPath());
            }
        };
    }

    /** Read here and given an address of its own, against which a relative {@code $id} resolves. */
    private static Schema load(File file) {
        JsonNode schema = new JsonMapper().readTree(file);
        return REGISTRY.getSchema(SchemaLocation.of("https://contracts.tusoi.test/" + file.getName()), schema);
    }
}
