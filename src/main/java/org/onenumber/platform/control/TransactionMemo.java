package org.onenumber.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * What one transaction has already read, kept until it ends: a lookup that several steps of one change repeat (the
 * account's Mobility settings, read by the enablement, its license share and the share's welcome email) is answered
 * once. The values are the transaction's own managed entities, so a remembered one is what the persistence context
 * would give back for the same query; outside a transaction nothing is remembered. Keys are records of the caller's
 * own type, so two callers never share an entry.
 */
@ApplicationScoped
public class TransactionMemo {

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The value remembered under {@code key} in this transaction, or null. */
    public <T> T get(Record key, Class<T> type) {
        if (transactions.getTransactionKey() == null) {
            return null;
        }
        return type.cast(transactions.getResource(key));
    }

    /** Remembers {@code value} under {@code key} until this transaction ends (nothing outside one). */
    public void put(Record key, Object value) {
        if (transactions.getTransactionKey() != null) {
            transactions.putResource(key, value);
        }
    }
}
