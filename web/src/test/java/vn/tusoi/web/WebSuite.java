package vn.tusoi.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import vn.tusoi.stack.DemoData;
import vn.tusoi.stack.KafkaServer;
import vn.tusoi.stack.KeycloakServer;
import vn.tusoi.stack.MailServer;
import vn.tusoi.stack.PostgresServer;
import vn.tusoi.testsupport.ServiceProcess;

/**
 * The whole suite for the browser tests, on free ports: PostgreSQL, the broker, an SMTP server, Keycloak with the realm (the web
 * client's address set to this run's, its tokens living {@value #TOKEN_SECONDS} s so that a test outlives one), the
 * three packaged services, the demo data as deploy/up loads it, the packaged web front end, and Debian's Chromium.
 */
final class WebSuite implements AutoCloseable {

    static final int TOKEN_SECONDS = 60;

    final Path root = Path.of(System.getProperty("stack.root", ".."));
    final Path logs = root.resolve("web/target/browser-test-logs");
    final Path screenshots = Path.of(System.getProperty("screenshots", "target/screenshots"));
    PostgresServer postgres;
    KafkaServer kafka;
    MailServer mail;
    KeycloakServer keycloak;
    ServiceProcess organization;
    ServiceProcess session;
    ServiceProcess aggregation;
    ServiceProcess web;
    Playwright playwright;
    Browser browser;
    String adminToken;

    private WebSuite() {
    }

    private static WebSuite shared;

    /**
     * The one suite of this test run, started by the first browser test class that asks and stopped when the JVM
     * ends: each class's tests use their own records, so they share the minute and a half it takes to start.
     */
    static synchronized WebSuite shared() throws Exception {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    shared.close();
                } catch (Exception e) {
                    e.printStackTrace();
                }
            }));
        }
        return shared;
    }

    /** Starts everything; whatever had started is stopped again when a part fails. */
    static WebSuite start() throws Exception {
        WebSuite suite = new WebSuite();
        try {
            suite.boot();
            return suite;
        } catch (Exception | Error e) {
            suite.close();
            throw e;
        }
    }

    private void boot() throws Exception {
        Files.createDirectories(logs);
        Files.createDirectories(screenshots);
        postgres = PostgresServer.startTemporary();
        kafka = KafkaServer.start();
        mail = MailServer.start(logs);
        web = new ServiceProcess("web", root, logs, Map.of());
        keycloak = new KeycloakServer(Path.of(System.getProperty("keycloak.home")), logs);
        keycloak.start(root.resolve("deploy/keycloak/tusoi-realm.json"),
                realm -> KeycloakServer.webClientAt(realm, web.baseUrl(), TOKEN_SECONDS));
        organization = service("organization-service", "organization");
        session = service("session-service", "session");
        organization.start();
        session.start();
        // the notices' e-mails go to the SMTP server above, with links to this run's front end, at any hour
        aggregation = service("aggregation-service", "aggregation")
                .configure("quarkus.mailer.host", mail.host())
                .configure("quarkus.mailer.port", String.valueOf(mail.smtpPort()))
                .configure("notices.web-url", web.baseUrl())
                // the workflow's notices (a grade decided) looked for every 2 s, not 10: the tests wait for them
                .configure("notices.workflow.poll-interval", "2s")
                .configure("notices.quiet-hours.start", "00:00").configure("notices.quiet-hours.end", "00:00");
        aggregation.start();
        adminToken = keycloak.token("admin", "admin");
        new DemoData(root.resolve("deploy/demo"), organization.baseUrl(), session.baseUrl(), aggregation.baseUrl(),
                adminToken).load();
        web.configure("quarkus.oidc.auth-server-url", keycloak.realmUrl())
                .configure("quarkus.rest-client.organization.url", organization.baseUrl())
                .configure("quarkus.rest-client.session.url", session.baseUrl())
                .configure("quarkus.rest-client.aggregation.url", aggregation.baseUrl());
        web.start();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                .setExecutablePath(chromium()).setArgs(List.of("--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-quic", "--no-first-run")));
    }

    /** A fresh token of the national administrator, for the tests' own calls to the APIs. */
    String adminToken() throws IOException, InterruptedException {
        return keycloak.token("admin", "admin");
    }

    /** A phone-sized Vietnamese browser context. */
    BrowserContext phone() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740)
                .setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh").setAcceptDownloads(true));
    }

    /** Signs in on Keycloak's own login page; returns when the tokens were issued. */
    Instant signIn(Page page, String username, String password) {
        page.navigate(web.baseUrl() + "/");
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        Instant issued = Instant.now();
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith(web.baseUrl()) && !url.contains("code="));
        return issued;
    }

    void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(name + ".png")).setFullPage(true));
    }

    private ServiceProcess service(String name, String database) {
        ServiceProcess service = ServiceProcess.onStack(name, database, postgres, kafka, root, logs,
                keycloak.oidcConfig());
        // session-service asks organization-service about units it does not know yet
        if (organization != null) {
            service.configure("organization.url", organization.baseUrl());
        }
        if (session != null) {
            service.configure("session.url", session.baseUrl());
        }
        return service;
    }

    private static Path chromium() throws IOException, InterruptedException {
        Process which = new ProcessBuilder("sh", "-c", "command -v chromium").start();
        String path = new String(which.getInputStream().readAllBytes()).strip();
        if (which.waitFor() != 0 || path.isEmpty()) {
            throw new IllegalStateException("no chromium on this machine: web/src/test/install-chromium installs it");
        }
        return Path.of(path);
    }

    @Override
    public void close() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        for (ServiceProcess service : new ServiceProcess[]{web, aggregation, session, organization}) {
            if (service != null) {
                service.stop();
            }
        }
        if (keycloak != null) {
            keycloak.close();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (mail != null) {
            mail.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
