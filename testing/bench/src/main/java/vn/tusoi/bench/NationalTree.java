package vn.tusoi.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A made-up national party tree with Vietnamese names, shaped like the real one: 34 provinces, each with districts,
 * communes (grassroots committees) and their cells, about 350,000 units at the default size.
 */
final class NationalTree {

    private static final String[] PLACES = {"An", "Bình", "Cẩm", "Đức", "Gia", "Hòa", "Hưng", "Kim", "Lâm", "Long",
            "Minh", "Nam", "Ngọc", "Phú", "Phước", "Quang", "Sơn", "Tân", "Thanh", "Thạch", "Thuận", "Trung",
            "Tùng", "Vĩnh", "Xuân", "Yên"};
    private static final String[] SUFFIXES = {"Thọ", "Lộc", "Hà", "Giang", "Phong", "Thủy", "Sơn", "Châu", "Mỹ",
            "Lạc", "Hải", "Điền", "Khánh", "Tiến", "Thịnh", "Hòa", "Xá", "Đông", "Tây", "Trà"};

    final int provinces;
    final int districtsPerProvince;
    final int communesPerDistrict;
    final int cellsPerCommune;

    NationalTree(int provinces, int districtsPerProvince, int communesPerDistrict, int cellsPerCommune) {
        this.provinces = provinces;
        this.districtsPerProvince = districtsPerProvince;
        this.communesPerDistrict = communesPerDistrict;
        this.cellsPerCommune = cellsPerCommune;
    }

    int size() {
        return provinces * (1 + districtsPerProvince * (1 + communesPerDistrict * (1 + cellsPerCommune)));
    }

    /** The national root above the provinces (the Central Committee), when the tree is built with it. */
    static final String CENTRAL = "TW";

    /** Every unit as an import row, parents first; the provinces are roots. */
    List<Map<String, String>> units() {
        return units(false);
    }

    /** Every unit as an import row, parents first; with {@code central}, under the Central Committee. */
    List<Map<String, String>> units(boolean central) {
        List<Map<String, String>> rows = new ArrayList<>(size() + 1);
        if (central) {
            rows.add(row(CENTRAL, "Ban Chấp hành Trung ương", "CENTRAL", null));
        }
        for (int p = 0; p < provinces; p++) {
            String province = "P" + p;
            rows.add(row(province, "Đảng bộ tỉnh " + name(p), "PROVINCE", central ? CENTRAL : null));
            for (int d = 0; d < districtsPerProvince; d++) {
                String district = province + ".D" + d;
                rows.add(row(district, "Đảng bộ huyện " + name(p * 31 + d), "DISTRICT", province));
                for (int c = 0; c < communesPerDistrict; c++) {
                    String commune = district + ".X" + c;
                    rows.add(row(commune, "Đảng ủy xã " + name(p * 997 + d * 31 + c), "GRASSROOTS_COMMITTEE",
                            district));
                    for (int k = 0; k < cellsPerCommune; k++) {
                        rows.add(row(commune + ".C" + k, "Chi bộ thôn " + (k + 1) + " " + name(c * 7 + k), "CELL",
                                commune));
                    }
                }
            }
        }
        return rows;
    }

    /** The code of the i-th cell, for placing members. */
    String cell(long i) {
        long cells = (long) provinces * districtsPerProvince * communesPerDistrict * cellsPerCommune;
        long n = i % cells;
        int k = (int) (n % cellsPerCommune);
        n /= cellsPerCommune;
        int c = (int) (n % communesPerDistrict);
        n /= communesPerDistrict;
        int d = (int) (n % districtsPerProvince);
        int p = (int) (n / districtsPerProvince);
        return "P" + p + ".D" + d + ".X" + c + ".C" + k;
    }

    static String name(int n) {
        return PLACES[Math.floorMod(n, PLACES.length)] + " "
                + SUFFIXES[Math.floorMod(n / PLACES.length, SUFFIXES.length)];
    }

    private static Map<String, String> row(String code, String name, String kind, String parent) {
        return parent == null
                ? Map.of("code", code, "name", name, "kind", kind)
                : Map.of("code", code, "name", name, "kind", kind, "parentCode", parent);
    }
}
