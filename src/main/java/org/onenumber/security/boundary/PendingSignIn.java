package org.onenumber.security.boundary;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * A web sign-in whose password was right and whose access code is still due. Kept in the HTTP session in
 * place of the signed-in caller: it grants no role, so no protected page opens until the code is entered.
 */
public record PendingSignIn(String name, Set<String> groups, long challengeId, String maskedEmail) implements Serializable {

    static final String SESSION_KEY = "onenumber.pendingSignIn";

    /** The session's pending sign-in, or null. */
    public static PendingSignIn of(HttpSession session) {
        return session != null && session.getAttribute(SESSION_KEY) instanceof PendingSignIn pending ? pending : null;
    }
}
