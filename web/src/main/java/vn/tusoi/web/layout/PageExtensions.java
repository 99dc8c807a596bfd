package vn.tusoi.web.layout;

import io.quarkus.qute.TemplateExtension;

import vn.tusoi.web.api.Progress;

/** Addresses in templates: {@code {code.enc}} for a query value, {@code {progress.query}} for a unit's pages. */
@TemplateExtension
public final class PageExtensions {

    private PageExtensions() {
    }

    static String enc(String value) {
        return value == null ? "" : Links.encode(value);
    }

    /** {@code ?campaign=...&unit=...} of the campaign and unit the roll-up is of. */
    static String query(Progress progress) {
        return Links.query(progress.campaignCode(), progress.unitCode());
    }
}
