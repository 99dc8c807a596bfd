package vn.tusoi.aggregation.notice;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * The members' addresses as the identity provider would give them, for the API tests (which run without one): none
 * unless a test puts some; down while a test says so. The browser suite reads them from Keycloak itself.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class StandInDirectory implements MemberDirectory {

    private final Map<String, List<String>> addresses = new ConcurrentHashMap<>();
    private final AtomicBoolean down = new AtomicBoolean();

    /** (Methods, not fields: a test holds the bean's client proxy.) */
    public void give(String registryNo, List<String> to) {
        addresses.put(registryNo, to);
    }

    public void down(boolean isDown) {
        down.set(isDown);
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public List<String> addressesOf(String registryNo) {
        if (down.get()) {
            throw new DirectoryUnavailable("Connection refused", null);
        }
        return addresses.getOrDefault(registryNo, List.of());
    }
}
