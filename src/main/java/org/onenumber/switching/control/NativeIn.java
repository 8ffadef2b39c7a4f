package org.onenumber.switching.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/**
 * A native statement with an {@code in} list: its {@code (:list)} becomes positional parameters bound to the values,
 * numbered after the statement's own first {@code reserved} ones. JPQL expands {@code in :list} itself; the
 * persistence provider does not for native SQL.
 */
public final class NativeIn {

    private NativeIn() {
    }

    public static Query query(EntityManager em, String sql, List<?> values, int reserved) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("An in list needs a value");
        }
        StringBuilder list = new StringBuilder("(");
        for (int i = 1; i <= values.size(); i++) {
            list.append(i == 1 ? "?" : ", ?").append(reserved + i);
        }
        Query query = em.createNativeQuery(sql.replace("(:list)", list.append(')')));
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(reserved + i + 1, values.get(i));
        }
        return query;
    }
}
