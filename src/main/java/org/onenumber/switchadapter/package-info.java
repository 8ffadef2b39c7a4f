/**
 * The switch resource adapter (Jakarta Connectors), packaged as its own RAR and deployed before the WAR.
 * {@code api} is what the application compiles against: connection factory, connection, event listener,
 * plus the message records of {@code wire}. {@code outbound} gives pooled, validated connections for
 * commands; {@code inbound} keeps an event subscription per activation, reconnecting with backoff, and
 * delivers events to message-driven beans, those that arrived together in one call, acknowledging them only
 * after their delivery succeeded.
 */
package org.onenumber.switchadapter;
