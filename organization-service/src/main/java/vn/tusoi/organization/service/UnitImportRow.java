package vn.tusoi.organization.service;

/** One row of a bulk unit import, as the member registry or a provincial system sends it. */
public record UnitImportRow(String code, String name, String kind, String parentCode) {
}
