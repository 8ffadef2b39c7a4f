package org.onenumber.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.onenumber.notify.entity.Attachment;
import org.onenumber.notify.entity.Email;
import org.onenumber.notify.entity.OutgoingEmail;
import org.onenumber.security.control.Tenancy;

/**
 * Where capabilities hand over email. {@link #queue} joins the caller's transaction, and insists on one: the
 * email is stored with the change it tells about and leaves only once both committed (the dispatcher sends
 * it), and a change that rolls back takes its email with it. The email belongs to the caller's carrier.
 */
@ApplicationScoped
public class EmailQueue {

    @PersistenceContext
    EntityManager em;

    @Inject
    Tenancy tenancy;

    /** Queues the email, status QUEUED, in the caller's transaction; returns its outbox id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long queue(Email email) {
        return queue(tenancy.carrierId(), email);
    }

    /** As {@link #queue(Email)}, for a carrier named by the caller: email sent before anyone is signed in. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long queue(long carrierId, Email email) {
        // a QR code is drawn when the email is sent: one no code carries is refused now, with the change
        email.attachments().stream().filter(Attachment::isQrCode).forEach(qr -> QrCode.requireEncodable(qr.qrText()));
        OutgoingEmail outgoing = new OutgoingEmail(email, carrierId, Instant.now());
        em.persist(outgoing);
        return outgoing.getId();
    }
}
