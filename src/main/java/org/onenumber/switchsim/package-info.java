/**
 * The switch emulator: the reference implementation of the protocol in
 * {@code org.onenumber.switchadapter.wire}, kept in memory and listening on loopback only. It holds the
 * versioned desired state, answers inventory and registration queries, routes simulated calls by the rules
 * of the reference PBX ({@link org.onenumber.switchsim.CallRouting}), moves calls within the reference's
 * restrictions, keeps the acknowledged event stream, and injects faults on demand so the adapter's retries
 * and reconnects can be tested against it. {@link org.onenumber.switchsim.SwitchSimMain} runs it on its own.
 * A benchmark seeds a large switch through the admin console's {@code load <absolute file>}: subscribers with
 * their mobile clients and accounts' Mobility settings from a tab-separated file, in one pass under the
 * switchboard's lock, without events, registrations or version history (a million clients load in seconds, where
 * the wire protocol would take one request per subscriber and an event per client).
 */
package org.onenumber.switchsim;
