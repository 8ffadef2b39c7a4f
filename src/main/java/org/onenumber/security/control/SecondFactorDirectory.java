package org.onenumber.security.control;

import java.util.Optional;
import org.onenumber.security.entity.Login;
import org.onenumber.security.entity.Role;

/**
 * The extension point through which the capability that keeps accounts and users tells security whether an
 * account requires an access code at web sign-in, and where a user's email goes.
 */
public interface SecondFactorDirectory {

    boolean accessCodeRequired(long accountId);

    /** The user's email address; empty when the user has none (or there is no such user). */
    Optional<String> emailOf(long userId);

    /**
     * Whether a web sign-in of this login needs an access code after the password: people of an account that
     * requires one. Carrier-wide logins (support) and the carrier's API logins belong to no account's rule.
     */
    default boolean accessCodeRequired(Login login) {
        return login.getAccountId() != null && !login.hasRole(Role.CARRIER_API) && !login.hasRole(Role.SUPPORT)
                && !login.hasRole(Role.SYSTEM) && accessCodeRequired(login.getAccountId());
    }
}
