package org.onenumber.license.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.onenumber.account.entity.Carrier;

/**
 * Hands out mobile client device identities (FEBC00000001, FEBC00000002, ...) from a counter on the carrier
 * row. The update locks that row until the caller's transaction ends, so two accounts of one carrier buying
 * at once never get the same identity; the unique key on (carrier, identity) would refuse it anyway.
 */
@ApplicationScoped
public class DeviceIdentities {

    static final String PREFIX = "FEBC";

    @PersistenceContext
    EntityManager em;

    public List<String> next(Carrier carrier, int count) {
        em.createNativeQuery("update carrier set next_client_number = next_client_number + ?1 where id = ?2")
                .setParameter(1, count).setParameter(2, carrier.getId()).executeUpdate();
        long end = ((Number) em.createNativeQuery("select next_client_number from carrier where id = ?1")
                .setParameter(1, carrier.getId()).getSingleResult()).longValue();
        List<String> identities = new ArrayList<>(count);
        for (long n = end - count; n < end; n++) {
            identities.add(format(n));
        }
        return identities;
    }

    static String format(long number) {
        return PREFIX + String.format("%08d", number);
    }
}
