package vn.tusoi.systemtest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.tusoi.stack.DemoData;
import vn.tusoi.stack.KafkaServer;
import vn.tusoi.stack.PostgresServer;
import vn.tusoi.testsupport.ServiceProcess;
import vn.tusoi.testsupport.TestTokens;

/**
 * What {@code deploy/up} does the morning after the demo was used: the demo's users have written records of every
 * kind, the services are stopped and started again, and the demo data is loaded again. The loader must complete (it
 * waits for the demo's records to be reflected, not for the demo's own totals) and leave the users' work as it was.
 */
class DemoReloadIT {

    private static final String CAMPAIGN = "87-KH%2FHU";

    private static PostgresServer postgres;
    private static KafkaServer kafka;
    private static ServiceProcess organization;
    private static ServiceProcess session;
    private static ServiceProcess aggregation;
    private static Path root;

    @BeforeAll
    static void startSuite() throws Exception {
        root = Path.of(System.getProperty("stack.root", "../.."));
        Path logs = root.resolve("testing/system-test/target/system-test-logs/reload");
        Files.createDirectories(logs);
        postgres = PostgresServer.startTemporary();
        kafka = KafkaServer.start();
        organization = ServiceProcess.onStack("organization-service", "organization", postgres, kafka, root, logs);
        session = ServiceProcess.onStack("session-service", "session", postgres, kafka, root, logs)
                .configure("organization.url", organization.baseUrl());
        aggregation = ServiceProcess.onStack("aggregation-service", "aggregation", postgres, kafka, root, logs)
                .configure("session.url", session.baseUrl());
        startServices();
        RestAssured.urlEncodingEnabled = false;
    }

    @AfterAll
    static void stopSuite() throws Exception {
        stopServices();
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theDemoLoadsAgainAfterItsUsersWroteRecordsOfEveryKindAndTheServicesRestarted() throws Exception {
        demo().load();
        progress().body("direct.held", equalTo(32)).body("members.reviewed", equalTo(6));

        // a laggard reports its session; a member reviews herself; the cell adds a shortcoming and starts its action;
        // the cell's targets and its self-assessment
        String secretary = TestTokens.token("secretary.gdnn", "HT-DT.GDNN", "secretary");
        String sessionId = write(secretary, "POST", session, "/api/v1/campaigns/" + CAMPAIGN + "/sessions",
                "{\"unitCode\":\"HT-DT.GDNN\",\"heldOn\":\"2023-08-30\",\"attendance\":{\"expected\":9,\"present\":9}}")
                .statusCode(201).extract().path("id");
        write(TestTokens.member("HT-0001240", "HT-DT.VKS"), "PUT", session, "/api/v1/campaigns/" + CAMPAIGN
                + "/self-reviews/HT-0001240", """
                        {"unitCode":"HT-DT.VKS","manifestations":[],"personalShortcomings":"Đôi lúc còn nể nang.",
                         "improvementPlan":"Thẳng thắn góp ý.","selfGrade":"GOOD"}""").statusCode(200);
        String actionId = write(secretary, "POST", session, "/api/v1/sessions/" + sessionId + "/shortcomings", """
                {"area":"PARTY_BUILDING","description":"Sinh hoạt chi bộ chưa đều","responsibility":"COLLECTIVE",
                 "actions":[{"description":"Sinh hoạt đúng định kỳ","owner":"Bí thư","dueOn":"2027-01-31"}]}""")
                .statusCode(201).extract().path("actions[0].id");
        write(secretary, "PATCH", session, "/api/v1/actions/" + actionId,
                "{\"status\":\"IN_PROGRESS\",\"progressPercent\":40}").statusCode(200);
        write(secretary, "PUT", session, "/api/v1/units/HT-DT.GDNN/indicators/2023",
                "[{\"name\":\"Kết nạp đảng viên\",\"unit\":\"đảng viên\",\"target\":2,\"actual\":2}]").statusCode(200);
        write(secretary, "PUT", session, "/api/v1/units/HT-DT.GDNN/classifications/2023",
                "{\"grade\":\"GOOD\"}").statusCode(200);
        write(TestTokens.admin(), "POST", organization, "/api/v1/members/import",
                "[{\"registryNo\":\"HT-0009999\",\"fullName\":\"Trần Văn Mới\",\"unitCode\":\"HT-DT.GDNN\"}]")
                .statusCode(200);

        // the next morning: the services start again and the demo is loaded again
        stopServices();
        startServices();
        demo().load();
        progress().body("direct.held", equalTo(33)).body("members.reviewed", equalTo(7))
                .body("members.total", equalTo(28));
    }

    private static DemoData demo() {
        return new DemoData(root.resolve("deploy/demo"), organization.baseUrl(), session.baseUrl(),
                aggregation.baseUrl(), TestTokens.admin());
    }

    private static ValidatableResponse progress() {
        return given().auth().oauth2(TestTokens.admin())
                .get(aggregation.baseUrl() + "/api/v1/campaigns/" + CAMPAIGN + "/progress/HT-DT").then()
                .statusCode(200);
    }

    private static ValidatableResponse write(String token, String method, ServiceProcess service, String path,
            String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .request(method, service.baseUrl() + path).then();
    }

    private static void startServices() throws Exception {
        organization.start();
        session.start();
        aggregation.start();
    }

    private static void stopServices() throws Exception {
        for (ServiceProcess service : new ServiceProcess[]{aggregation, session, organization}) {
            if (service != null) {
                service.stop();
            }
        }
    }
}
