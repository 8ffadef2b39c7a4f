package org.onenumber.account.control;

import org.onenumber.account.entity.User;

/**
 * Fired synchronously, inside the transaction of the change, whenever what the switch must know of a
 * user's station changed (added, modified, or removed). The switching capability observes it and
 * writes the outbox command in that same transaction.
 */
public record StationChanged(User user, boolean removed) {
}
