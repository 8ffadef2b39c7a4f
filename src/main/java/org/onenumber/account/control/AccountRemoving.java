package org.onenumber.account.control;

import org.onenumber.account.entity.Account;

/**
 * Fired synchronously before an account without users is deleted, inside that transaction, so the capabilities
 * holding something of the account's (Office Anywhere's portals) let go of it, on the switch too.
 */
public record AccountRemoving(Account account) {
}
