package vn.tusoi.web.layout;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The pages' addresses: a campaign and a unit in the query, since campaign codes contain "/". */
public final class Links {

    private Links() {
    }

    public static URI progress(String campaignCode, String unitCode) {
        return URI.create("/tien-do" + query(campaignCode, unitCode));
    }

    /** {@code ?campaign=87-KH%2FHU&unit=HT-DT} */
    public static String query(String campaignCode, String unitCode) {
        return "?campaign=" + encode(campaignCode) + "&unit=" + encode(unitCode);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
