package org.onenumber.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.onenumber.notify.entity.Email;
import org.onenumber.notify.entity.OutgoingEmail;
import org.onenumber.security.control.AccessCodeMail;

/** The access code of a two-factor sign-in, as a short plain-text email through the outbox. */
@ApplicationScoped
public class AccessCodeEmail implements AccessCodeMail {

    /** One of {@link OutgoingEmail#SECRET_KINDS}: the outbox keeps no readable code once the email is sent. */
    public static final String KIND = "ACCESS_CODE";

    @Inject
    EmailQueue queue;

    @Override
    public void send(long carrierId, Long accountId, String to, String digits, Duration validFor) {
        long minutes = Math.max(1, validFor.toMinutes());
        String text = "Your OneNumber access code is " + digits + ".\n\n"
                + "Enter it on the sign-in page to finish signing in. It expires in " + minutes
                + (minutes == 1 ? " minute" : " minutes") + " and works once.\n\n"
                + "If this was not you, change your password: someone else knows it.\n";
        queue.queue(carrierId, new Email(accountId, KIND, to, "Your OneNumber access code", text, null));
    }
}
