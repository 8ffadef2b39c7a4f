package org.onenumber.account.control;

import org.onenumber.account.entity.User;

/**
 * Fired synchronously, inside the transaction that deletes a user and before the user and station go, so
 * that the capabilities holding something of theirs (licenses, Mobility) let go of it in that transaction.
 */
public record UserRemoving(User user) {
}
