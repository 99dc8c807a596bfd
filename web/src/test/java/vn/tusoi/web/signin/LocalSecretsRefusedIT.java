package vn.tusoi.web.signin;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.tusoi.testsupport.ServiceProcess;

/** The packaged web front end in the prod profile, as the cluster runs it, refuses the local stack's secrets. */
class LocalSecretsRefusedIT {

    private final Path root = Path.of(System.getProperty("stack.root", ".."));
    private final Path logs = root.resolve("web/target/browser-test-logs/prod");

    @Test
    void itRefusesToStartWithEveryLocalSecretAndNamesThem() throws Exception {
        ServiceProcess.Refusal refusal = prod(Map.of()).startRefused(Duration.ofSeconds(90));
        assertNotEquals(0, refusal.exitCode());
        assertTrue(refusal.log().contains("set WEB_CLIENT_SECRET, WEB_FORM_TOKEN_SECRET, WEB_STATE_SECRET"),
                refusal.log());
    }

    @Test
    void oneLocalSecretLeftIsEnoughToRefuse() throws Exception {
        ServiceProcess.Refusal refusal = prod(Map.of(
                "quarkus.oidc.credentials.secret", "a-client-secret-the-operator-made",
                "quarkus.oidc.authentication.state-secret", "a-state-secret-the-operator-made-of-32-chars"))
                .startRefused(Duration.ofSeconds(90));
        assertNotEquals(0, refusal.exitCode());
        assertTrue(refusal.log().contains("set WEB_FORM_TOKEN_SECRET (or run"), refusal.log());
    }

    private ServiceProcess prod(Map<String, String> secrets) throws Exception {
        Files.createDirectories(logs);
        ServiceProcess web = new ServiceProcess("web", root, logs, secrets);
        return web.configure("quarkus.profile", "prod");
    }
}
