/**
 * The switch emulator: the reference implementation of the protocol in
 * {@code org.onenumber.switchadapter.wire}, kept in memory and listening on loopback only. It holds the
 * versioned desired state, answers inventory and registration queries, routes simulated calls by the rules
 * of the reference PBX ({@link org.onenumber.switchsim.CallRouting}), moves calls within the reference's
 * restrictions, keeps the acknowledged event stream, and injects faults on demand so the adapter's retries
 * and reconnects can be tested against it. {@link org.onenumber.switchsim.SwitchSimMain} runs it on its own.
 */
package org.onenumber.switchsim;
