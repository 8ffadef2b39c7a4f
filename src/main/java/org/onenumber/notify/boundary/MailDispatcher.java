package org.onenumber.notify.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.onenumber.notify.control.MimeMessages;
import org.onenumber.notify.control.SmtpSettings;
import org.onenumber.notify.entity.Email;
import org.onenumber.platform.control.DispatchRounds;

/**
 * Sends the email outbox: every half second it takes the due emails, claims each, and hands it to the
 * mail server over one SMTP connection per round; it records SENT, a retry after a doubling pause, or
 * FAILED when the server refused every recipient or the retry budget is spent. A server that cannot be
 * reached (or refuses our login) spends no budget: the dispatcher itself backs off, up to a minute
 * between tries, and the emails wait however long the outage lasts. Runs in every instance; claims
 * keep instances from sending the same email at once.
 */
@Singleton
@Startup
@DependsOn({"Database", "EmbeddedMailSink"})
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
    private static final int BATCH = 50;
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration MAX_UNREACHABLE_PAUSE = Duration.ofMinutes(1);

    /** Makes the thread the rounds run on (DispatchRounds: the application's context captured once, not per task). */
    @Resource
    ManagedThreadFactory threads;

    @Inject
    EmailOutboxStore store;

    @Inject
    MetricRegistry metrics;

    @Inject
    @ConfigProperty(name = "onenumber.mail.host", defaultValue = "127.0.0.1")
    String host;

    @Inject
    @ConfigProperty(name = "onenumber.mail.port", defaultValue = "17025")
    int port;

    @Inject
    @ConfigProperty(name = "onenumber.mail.from", defaultValue = "OneNumber <no-reply@onenumber.local>")
    String from;

    @Inject
    @ConfigProperty(name = "onenumber.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "onenumber.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "onenumber.mail.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "onenumber.mail.retry-budget", defaultValue = "8")
    int retryBudget;

    @Inject
    @ConfigProperty(name = "onenumber.mail.retry-pause-millis", defaultValue = "2000")
    long retryPauseMillis;

    private final String instance = "mail-dispatcher-" + UUID.randomUUID();
    private final DispatchRounds<Long> rounds = new DispatchRounds<>(BATCH, Duration.ofSeconds(1), MAX_UNREACHABLE_PAUSE);
    private Session session;
    private InternetAddress sender;

    @PostConstruct
    void start() {
        SmtpSettings settings = new SmtpSettings(host, port, user.orElse(null), password.orElse(null), startTls);
        try {
            sender = new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalStateException("onenumber.mail.from is not an email address: " + from, e);
        }
        session = settings.session();
        metrics.gauge("onenumber.mail.outbox.queued", store, EmailOutboxStore::queued);
        rounds.start(threads, "Mail dispatcher", store::due, this::sendAll);
        LOG.info(() -> "Mail dispatcher sends through " + settings + " from " + sender);
    }

    @PreDestroy
    void stop() {
        rounds.stop();
    }

    /** Sends one batch over one connection; false when the server could not be reached or dropped us. */
    private boolean sendAll(List<Long> ids) {
        Transport transport;
        try {
            transport = session.getTransport("smtp");
            transport.connect();
        } catch (MessagingException e) {
            LOG.fine(() -> "Mail server unreachable: " + e.getMessage());
            if (store.claim(ids.get(0), instance, LEASE)) {
                store.unreachable(ids.get(0), reason(e));
            }
            return false;
        }
        try {
            for (long id : ids) {
                if (store.claim(id, instance, LEASE) && !send(transport, id)) {
                    return false;
                }
            }
            return true;
        } finally {
            close(transport);
        }
    }

    /** Sends one claimed email and records the outcome; false when the connection is gone. */
    private boolean send(Transport transport, long id) {
        Duration pause = Duration.ofMillis(retryPauseMillis);
        Email email = store.load(id);
        Long carrier = store.carrier(id);
        Long account = store.account(id);
        MimeMessage message;
        try {
            message = MimeMessages.build(session, sender, email, carrier);
            if (account != null) {
                message.setHeader(MimeMessages.ACCOUNT_HEADER, account.toString());
            }
        } catch (MessagingException | RuntimeException e) {
            // a message that cannot be built (an address, a QR code no code carries) never will be: FAILED now, not
            // claimed again and again while it holds up the rest of its batch
            String why = e instanceof MessagingException messaging ? reason(messaging) : String.valueOf(e.getMessage());
            store.failed(id, "The message could not be built: " + why, false, retryBudget, pause);
            return true;
        }
        try {
            transport.sendMessage(message, message.getAllRecipients());
            store.sent(id);
            return true;
        } catch (AddressException e) {
            store.failed(id, reason(e), false, retryBudget, pause);
            return true;
        } catch (SendFailedException e) {
            if (isEmpty(e.getValidUnsentAddresses()) && !isEmpty(e.getValidSentAddresses())) {
                store.sent(id); // some recipients refused, the others have it: sending again would repeat it
            } else {
                boolean refusedForGood = !isEmpty(e.getInvalidAddresses()) && isEmpty(e.getValidUnsentAddresses());
                store.failed(id, reason(e), !refusedForGood, retryBudget, pause);
            }
            return transport.isConnected();
        } catch (MessagingException e) {
            if (!transport.isConnected()) {
                store.unreachable(id, reason(e));
                return false;
            }
            store.failed(id, reason(e), true, retryBudget, pause);
            return true;
        }
    }

    private static boolean isEmpty(Object[] addresses) {
        return addresses == null || addresses.length == 0;
    }

    private static String reason(MessagingException e) {
        StringBuilder reason = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            reason.append(": ").append(cause.getMessage());
        }
        return reason.toString();
    }

    private static void close(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.fine(() -> "Closing the SMTP connection: " + e.getMessage());
        }
    }
}
