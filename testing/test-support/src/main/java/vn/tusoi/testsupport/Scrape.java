package vn.tusoi.testsupport;

import static io.restassured.RestAssured.given;

/** A service's Prometheus scrape ({@code /q/metrics}), read in its tests. */
public final class Scrape {

    private Scrape() {
    }

    /**
     * The value of one series as the scrape shows it, e.g. {@code tusoi_import_rows_total{kind="units",outcome="created"}}
     * (labels in Micrometer's order, by name); 0 while the series has not been written.
     */
    public static double value(String series) {
        String prefix = series + " ";
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(prefix))
                .mapToDouble(line -> Double.parseDouble(line.substring(prefix.length()).trim())).findFirst()
                .orElse(0);
    }
}
