package org.onenumber.security.control;

import java.time.Duration;

/**
 * The extension point through which email delivers access codes: implemented where email is sent, called in
 * the transaction that stores the code, so the code leaves only if it was stored.
 */
public interface AccessCodeMail {

    void send(long carrierId, Long accountId, String to, String digits, Duration validFor);
}
