package org.onenumber.switching.control;

/**
 * The extension point through which a capability adds its part to a station's desired state: account the
 * station itself (number, extension, name, desk phone), license the shared mobile clients, mobility the
 * mobility extension and video, and later My Phone its routing and Office Anywhere its numbers.
 * Contributors read the database with fresh queries (not entities read earlier in the transaction), because
 * they run after the target's version lock, when other transactions' changes to the station have committed.
 */
public interface SubscriberContributor {

    void contribute(long stationId, SubscriberDraft draft);
}
