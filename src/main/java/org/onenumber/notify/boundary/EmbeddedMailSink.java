package org.onenumber.notify.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.onenumber.security.control.Tenancy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onenumber.notify.control.MailDrop;
import org.onenumber.notify.control.SmtpSink;
import org.onenumber.security.entity.Role;

/**
 * The SMTP sink inside the application, for the embedded default and the tests
 * (onenumber.mail.embedded=true): it listens on loopback at onenumber.mail.port, where the mail
 * dispatcher sends, and keeps every message under ${onenumber.data.dir}/mail, where the Mailbox page
 * and the tests read it. Off, the page still shows what an earlier embedded run left there.
 */
@Singleton
@Startup
@Lock(LockType.READ)
public class EmbeddedMailSink {

    private static final Logger LOG = Logger.getLogger(EmbeddedMailSink.class.getName());

    @Inject
    Tenancy tenancy;

    @Inject
    @ConfigProperty(name = "onenumber.mail.embedded", defaultValue = "false")
    boolean embedded;

    @Inject
    @ConfigProperty(name = "onenumber.mail.port", defaultValue = "17025")
    int port;

    @Inject
    @ConfigProperty(name = "onenumber.data.dir")
    String dataDir;

    @Inject
    @ConfigProperty(name = "onenumber.mail.sink.max-bytes", defaultValue = "10485760")
    int maxMessageBytes;

    private SmtpSink sink;
    private MailDrop drop;

    @PostConstruct
    void start() {
        drop = new MailDrop(Path.of(dataDir, "mail"));
        if (!embedded) {
            return;
        }
        try {
            sink = SmtpSink.start(port, drop.directory(), maxMessageBytes);
            LOG.info(() -> "Embedded SMTP sink listening on 127.0.0.1:" + sink.port() + ", keeping mail in " + drop.directory());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded SMTP sink on port " + port, e);
        }
    }

    @PreDestroy
    void stop() {
        if (sink != null) {
            sink.close();
        }
    }

    /** Where the sink listens, such as 127.0.0.1:17025; null when it is off. */
    @RolesAllowed(Role.SUPPORT)
    public String address() {
        return sink == null ? null : "127.0.0.1:" + sink.port();
    }

    /** A page of the messages of the carrier's callers, of one account when {@code accountId} is given, newest first. */
    @RolesAllowed(Role.SUPPORT)
    public List<MailDrop.Summary> window(Long accountId, int first, int max) {
        return drop.window(first, max, String.valueOf(tenancy.carrierId()), account(accountId));
    }

    @RolesAllowed(Role.SUPPORT)
    public int count(Long accountId) {
        return drop.count(String.valueOf(tenancy.carrierId()), account(accountId));
    }

    private String account(Long accountId) {
        if (accountId == null) {
            return null;
        }
        tenancy.requireAccount(accountId);
        return accountId.toString();
    }

    /** The message kept as {@code file}, null when there is none by that name. */
    @RolesAllowed(Role.SUPPORT)
    public MailDrop.Message open(String file) {
        return drop.open(file, String.valueOf(tenancy.carrierId()));
    }
}
