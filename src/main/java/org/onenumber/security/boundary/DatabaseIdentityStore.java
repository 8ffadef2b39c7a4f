package org.onenumber.security.boundary;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * The database identity store. A login still on a temporary password gets only the group
 * {@link #PASSWORD_CHANGE_REQUIRED}: no page but the change-password page lets it in, so the
 * forced change cannot be skipped by typing another URL.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    @Inject
    Logins logins;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Logins.Check check = logins.check(credential.getCaller(), credential.getPasswordAsString());
        if (check.outcome() != Logins.Outcome.VALID) {
            return INVALID_RESULT;
        }
        var login = check.login();
        Set<String> groups = login.isTemporaryPassword() ? Set.of(PASSWORD_CHANGE_REQUIRED) : login.roleSet();
        return new CredentialValidationResult(login.getUsername(), groups);
    }
}
