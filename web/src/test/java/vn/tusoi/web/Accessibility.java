package vn.tusoi.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.microsoft.playwright.Page;

/**
 * axe-core, the accessibility engine, run on a page as the browser shows it: the serious and critical violations of
 * WCAG 2.1 A and AA and best practice. Its script comes from its npm package (the version pinned here), fetched once
 * into {@code target/axe} by the npm the machine has.
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
            try {
                Path dir = Path.of("target", "axe");
                Path file = dir.resolve("package").resolve("axe.min.js");
                if (!Files.exists(file)) {
                    Files.createDirectories(dir);
                    run(dir, "npm", "pack", "axe-core@" + AXE_VERSION, "--silent");
                    run(dir, "tar", "-xzf", "axe-core-" + AXE_VERSION + ".tgz", "package/axe.min.js");
                }
                script = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }

    private static void run(Path dir, String... command) throws IOException {
        try {
            // never the test JVM's own streams: its standard input and output are the test runner's channel
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("fetch.log").toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("could not fetch axe-core: " + String.join(" ", command) + " (see "
                        + dir.resolve("fetch.log") + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
