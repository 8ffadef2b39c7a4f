package org.onenumber.switching.control;

/** The capability that holds an account's Connect Mobility settings fills them in (see {@link SubscriberContributor}). */
public interface AccountMobilityContributor {

    void contribute(long accountId, AccountMobilityDraft draft);
}
