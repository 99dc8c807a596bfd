package vn.tusoi.web;

import java.util.List;

import com.microsoft.playwright.Page;

import vn.tusoi.testsupport.NpmFile;

/**
 * axe-core, the accessibility engine, run on a page as the browser shows it: the serious and critical violations of
 * WCAG 2.1 A and AA and best practice. Its script comes from its npm package (the version pinned here), fetched once
 * into {@code target/npm} by the npm the machine has ({@link NpmFile}).
 */
final class Accessibility {

    static final String AXE_VERSION = "4.14.1";

    private static String script;

    private Accessibility() {
    }

    /** Each serious or critical violation on the page: its rule, how many elements, the first few of them. */
    @SuppressWarnings("unchecked")
    static List<String> violations(Page page) {
        page.evaluate(script());
        return (List<String>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, {resultTypes: ['violations']});
                  return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + ', ' + v.nodes.length + '): '
                      + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));
                }""");
    }

    private static synchronized String script() {
        if (script == null) {
            script = NpmFile.read("axe-core", AXE_VERSION, "package/axe.min.js");
        }
        return script;
    }
}
