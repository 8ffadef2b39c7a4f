/**
 * Email to people: a message is queued in the transaction of the change that causes it, so a change
 * that rolls back sends nothing and one that commits is not lost to a mail server being down; a
 * dispatcher sends the queue with retries. The embedded default catches everything in an SMTP sink of
 * its own and shows it to support on the Mailbox page, so no mail server is needed to read what
 * OneNumber sent.
 */
package org.onenumber.notify;
