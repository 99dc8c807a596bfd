package vn.tusoi.stack;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

/** Ports for the servers a test or the local stack starts. */
public final class Ports {

    /** Every port handed out by this JVM: the system may offer a port again once its probe socket is closed. */
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private Ports() {
    }

    /**
     * A port free on this machine now and never handed out before by this JVM, so that two servers configured one
     * after the other, before either binds, never get the same one.
     */
    public static synchronized int free() {
        for (int attempt = 0; attempt < 100; attempt++) {
            try (ServerSocket socket = new ServerSocket(0)) {
                if (HANDED_OUT.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no new free port after 100 attempts");
    }
}
