package org.onenumber.switching.control;

import java.util.Map;

/** The capability that holds an account's Connect Mobility settings fills them in (see {@link SubscriberContributor}). */
public interface AccountMobilityContributor {

    void contribute(long accountId, AccountMobilityDraft draft);

    /**
     * The same for several accounts at once (a reconciliation page): by default one after the other; a contributor
     * that can read them in one query does.
     */
    default void contribute(Map<Long, AccountMobilityDraft> drafts) {
        drafts.forEach(this::contribute);
    }
}
