/**
 * Keeping the switch true: the connection factory the application uses (bound to the switch adapter
 * RAR by its name, onenumber-switch) and the message-driven bean that records what the switch reports.
 */
package org.onenumber.switching;
