package org.onenumber.license.control;

import org.onenumber.account.entity.User;

/**
 * The extension point through which the capability a license serves says whether a user may have one more
 * client: Mobility refuses while the add-on is not active, for a phone profile without mobility, and past
 * the account's clients per user. Called with the pool locked, so {@code held} cannot change meanwhile.
 */
public interface SharingRules {

    void requireMayShare(User user, long held);

    /**
     * Whether the user may give back a client and keep {@code remaining} (Mobility: an enabled mobility user keeps
     * at least one). Called with the pool locked.
     */
    default void requireMayUnshare(User user, long remaining) {
    }
}
