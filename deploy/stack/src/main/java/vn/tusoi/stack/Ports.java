package vn.tusoi.stack;

import java.io.IOException;
import java.net.ServerSocket;

/** Ports for the servers a test or the local stack starts. */
public final class Ports {

    private Ports() {
    }

    /** A port free on this machine now. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
