package vn.tusoi.stack;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for the servers a test or the local stack starts, chosen below the system's range of ephemeral ports.
 *
 * <p>
 * A port is handed out some time before its server binds it (a service's port is known before the services it calls
 * start). A port from the ephemeral range ({@code new ServerSocket(0)}) can meanwhile become the local port of an
 * outgoing connection (another service's pool to the database or the broker), and Linux then refuses to bind it:
 * the service exits at start. Ports below that range are never given to outgoing connections.
 */
public final class Ports {

    /** The lowest port handed out: above the registered ports most servers on a machine use. */
    static final int LOWEST = 20000;

    /** The first ephemeral port where the system does not say ({@code /proc/sys/net/ipv4/ip_local_port_range}). */
    private static final int EPHEMERAL_DEFAULT = 32768;

    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

    /** Every port handed out by this JVM: a port stays free until its server binds it, and may be asked for again. */
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private Ports() {
    }

    /**
     * A port free on this machine now, below its ephemeral range, and never handed out before by this JVM, so that
     * two servers configured one after the other, before either binds, never get the same one.
     */
    public static synchronized int free() {
        int below = firstEphemeral();
        for (int attempt = 0; attempt < 1000; attempt++) {
            int port = below > LOWEST ? ThreadLocalRandom.current().nextInt(LOWEST, below) : anyFree();
            if (!HANDED_OUT.contains(port) && bindable(port)) {
                HANDED_OUT.add(port);
                return port;
            }
        }
        throw new IllegalStateException("no new free port after 1000 attempts");
    }

    /** The first port of the system's ephemeral range. */
    static int firstEphemeral() {
        // in one read: the kernel answers a read of this file from an offset past 0 with nothing
        try (BufferedReader reader = Files.newBufferedReader(EPHEMERAL_RANGE)) {
            return Integer.parseInt(reader.readLine().trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException notLinux) {
            return EPHEMERAL_DEFAULT;
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    /** Where the ephemeral range leaves no room below it: any port the system calls free. */
    private static int anyFree() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
