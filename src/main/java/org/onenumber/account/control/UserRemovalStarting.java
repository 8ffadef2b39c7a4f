package org.onenumber.account.control;

import org.onenumber.account.entity.Account;

/**
 * Fired synchronously when a user's removal starts, inside its transaction and before it locks the user's row: a
 * capability whose lock every change takes before a user's (the account's license pool) takes it here, so that a
 * removal locks in the order a share or an enablement of the same user does instead of waiting for one in a circle.
 * The caller may remove the user: the account is theirs.
 */
public record UserRemovalStarting(Account account) {
}
