package org.onenumber.web.notify;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.onenumber.notify.boundary.EmailOutbox;
import org.onenumber.notify.boundary.EmbeddedMailSink;
import org.onenumber.notify.control.MailDrop;
import org.onenumber.notify.entity.OutgoingEmail;
import org.onenumber.web.Messages;

/**
 * admin/support/mailbox.xhtml: what the outbox holds for the carrier's accounts, and every message
 * the embedded SMTP sink received, readable as the recipient would see it.
 */
@Named
@ViewScoped
public class MailboxBacking implements Serializable {

    private static final int SHOWN = 100;
    private static final int OUTBOX_SHOWN = 10;

    @Inject
    EmbeddedMailSink sink;

    @Inject
    EmailOutbox outbox;

    private List<MailDrop.Summary> messages;
    private EmailOutbox.Summary summary;
    private transient List<OutgoingEmail> recent;
    private MailDrop.Message selected;

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        messages = sink.newest(SHOWN);
        summary = outbox.summary();
        recent = null;
    }

    public void open(String file) {
        selected = sink.open(file);
        if (selected == null) {
            Messages.error("That message is no longer in the mailbox.");
        }
    }

    public List<MailDrop.Summary> getMessages() {
        return messages;
    }

    public MailDrop.Message getSelected() {
        return selected;
    }

    /**
     * The selected message's HTML as a data URI for a sandboxed iframe: the mail's markup and styles
     * stay out of the page, and base64 needs no escaping in an attribute.
     */
    public String getHtmlDocument() {
        if (selected == null || selected.html() == null) {
            return null;
        }
        return "data:text/html;charset=utf-8;base64,"
                + Base64.getEncoder().encodeToString(selected.html().getBytes(StandardCharsets.UTF_8));
    }

    /** The selected message's file names, inline images included. */
    public String getFiles() {
        return selected == null || selected.fileNames().isEmpty() ? "none" : String.join(", ", selected.fileNames());
    }

    public EmailOutbox.Summary getSummary() {
        return summary;
    }

    public List<OutgoingEmail> getOutbox() {
        if (recent == null) {
            recent = outbox.recent(OUTBOX_SHOWN);
        }
        return recent;
    }

    public String getSinkAddress() {
        return sink.address();
    }
}
