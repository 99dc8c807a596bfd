package vn.tusoi.aggregation.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.junit.jupiter.api.Test;

class ListQueryTest {

    /** What the stand-in entity manager was asked: the query's text, then each parameter's name and value. */
    private final List<Object> asked = new ArrayList<>();

    @Test
    void aOneValueListIsBoundAsThatValueSoTheQueryKeepsItsTranslation() {
        ListQuery.of(entityManager(), "SELECT u FROM UnitNode u WHERE u.code IN :values", Object.class, List.of("HN"));

        assertEquals(List.of("SELECT u FROM UnitNode u WHERE u.code = :values", "values", "HN"), asked);
    }

    @Test
    void aLongerListIsBoundAsTheList() {
        ListQuery.of(entityManager(), "SELECT u FROM UnitNode u WHERE u.code IN :values", Object.class,
                List.of("HN", "HP"));

        assertEquals(List.of("SELECT u FROM UnitNode u WHERE u.code IN :values", "values", List.of("HN", "HP")), asked);
    }

    @Test
    void aQueryOverNoListIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ListQuery.of(entityManager(),
                "SELECT u FROM UnitNode u WHERE u.code = :code", Object.class, List.of("HN")));
    }

    private EntityManager entityManager() {
        TypedQuery<?> query = (TypedQuery<?>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{TypedQuery.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setParameter")) {
                        asked.add(args[0]);
                        asked.add(args[1]);
                        return proxy;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{EntityManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("createQuery") && args.length == 2) {
                        asked.add(args[0]);
                        return query;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
