package vn.tusoi.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * One file of a package from the npm registry, fetched by the machine's npm into {@code target/npm/<package>} the first
 * time a test needs it (axe-core for the accessibility checks, the AsyncAPI specification's JSON Schema).
 */
public final class NpmFile {

    private NpmFile() {
    }

    /** The text of {@code file} (a path inside the package, {@code package/...}) of {@code name@version}. */
    public static synchronized String read(String name, String version, String file) {
        Path dir = Path.of("target", "npm", name.replace('/', '_') + "-" + version);
        Path path = dir.resolve(file);
        try {
            if (!Files.exists(path)) {
                Files.createDirectories(dir);
                run(dir, "npm", "pack", name + "@" + version, "--silent");
                String tarball = name.replaceFirst("^@", "").replace('/', '-') + "-" + version + ".tgz";
                run(dir, "tar", "-xzf", tarball, file);
            }
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(Path dir, String... command) throws IOException {
        try {
            // never the test JVM's own streams: its standard input and output are the test runner's channel
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("fetch.log").toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("could not fetch from the npm registry: " + String.join(" ", command)
                        + " (see " + dir.resolve("fetch.log") + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
