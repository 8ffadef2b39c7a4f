/**
 * Inbound: one event subscription per activated message-driven bean. It logs in, subscribes after the
 * last acknowledged seq, delivers each event to an endpoint, acknowledges it once delivered, and when the
 * switch goes away reconnects with exponential backoff; the switch then resends what was not acknowledged.
 */
package org.onenumber.switchadapter.inbound;
