package org.onenumber.switching.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;
import org.onenumber.platform.control.InList;

/**
 * The extension point through which a capability adds its part to a station's desired state: account the
 * station itself (number, extension, name, desk phone), license the shared mobile clients, mobility the
 * mobility extension and video, and later My Phone its routing and Office Anywhere its numbers.
 * Contributors read the database with fresh queries (not entities read earlier in the transaction), because
 * they run after the target's version lock, when other transactions' changes to the station have committed.
 * They fill in several stations at once, a query for all of them ({@link SwitchProjection#together}: a batch
 * document's hundred new users, an account's every station when its ring timers change); one station is the same
 * call with one draft.
 */
public interface SubscriberContributor {

    /** Fills in the drafts, keyed by station id; a station it has nothing for (or that is gone) is left alone. */
    void contributeStations(Map<Long, SubscriberDraft> drafts);

    /**
     * The drafts' station ids as an in list's values, padded ({@link InList#padded}): a JPQL {@code in :stations}
     * of each length is another statement for the database and the pools' caches of prepared statements.
     */
    static List<Long> stations(Map<Long, SubscriberDraft> drafts) {
        return InList.padded(List.copyOf(drafts.keySet()));
    }

    /** A native query whose {@code (:list)} is the drafts' station ids, padded, as positional parameters from 1. */
    static Query inStations(EntityManager em, String sql, Map<Long, SubscriberDraft> drafts) {
        List<Long> ids = stations(drafts);
        return InList.bind(em.createNativeQuery(sql.replace("(:list)", "(" + InList.marks(1, ids.size()) + ")")), 1, ids);
    }
}
