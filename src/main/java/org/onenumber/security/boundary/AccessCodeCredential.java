package org.onenumber.security.boundary;

import jakarta.security.enterprise.credential.Credential;

/** The access code a person typed on the access code page, for the sign-in pending in their session. */
public record AccessCodeCredential(String digits) implements Credential {

    @Override
    public String toString() {
        return "AccessCodeCredential[******]";
    }
}
