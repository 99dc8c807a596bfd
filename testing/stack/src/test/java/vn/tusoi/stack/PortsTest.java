package vn.tusoi.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void portsAreBelowTheEphemeralRangeDistinctAndBindable() throws IOException {
        int firstEphemeral = Ports.firstEphemeral();
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            int port = Ports.free();
            assertTrue(port >= Ports.LOWEST && port < firstEphemeral,
                    port + " is outside [" + Ports.LOWEST + ", " + firstEphemeral + ")");
            ports.add(port);
        }
        assertEquals(50, ports.size(), "a port was handed out twice");
        for (int port : ports) {
            try (ServerSocket bound = new ServerSocket(port)) {
                assertEquals(port, bound.getLocalPort());
            }
        }
    }
}
