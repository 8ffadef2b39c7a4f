/**
 * Outbound: the managed connection factory (one config property per setting), managed connections that
 * each hold one logged-in {@code SwitchClient}, and the handles the application uses. A connection that
 * breaks is reported to the pool (CONNECTION_ERROR_OCCURRED) and never handed out again.
 */
package org.onenumber.switchadapter.outbound;
