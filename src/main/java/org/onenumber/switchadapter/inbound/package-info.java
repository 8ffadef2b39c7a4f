/**
 * Inbound: one event subscription per activated message-driven bean. It logs in, subscribes after the
 * last acknowledged seq, delivers the events that arrived together to an endpoint in one call (one at a time
 * when such a call fails), acknowledges them once delivered, and when the switch goes away reconnects with
 * exponential backoff; the switch then resends what was not acknowledged.
 */
package org.onenumber.switchadapter.inbound;
