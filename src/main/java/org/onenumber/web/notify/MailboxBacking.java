package org.onenumber.web.notify;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
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
import org.onenumber.web.WindowModel;

/**
 * admin/support/mailbox.xhtml: what the outbox holds for the carrier's accounts, and every message
 * the embedded SMTP sink received, readable as the recipient would see it; both paged, and narrowed to one
 * account when support chooses one.
 */
@Named
@ViewScoped
public class MailboxBacking implements Serializable {


    @Inject
    EmbeddedMailSink sink;

    @Inject
    EmailOutbox outbox;

    private Long accountId;
    private WindowModel<MailDrop.Summary> messages;
    private EmailOutbox.Summary summary;
    /** Made again after the session moved to another instance: its rows are entities, read anew for each page anyway. */
    private transient WindowModel<OutgoingEmail> outboxModel;
    private MailDrop.Message selected;

    @PostConstruct
    void init() {
        messages = new WindowModel<>((first, max) -> sink.window(accountId, first, max), () -> sink.count(accountId));
        refresh();
    }

    public void refresh() {
        summary = outbox.summary();
    }

    /** The carrier's accounts that have email, for the account choice. */
    public List<SelectItem> getAccounts() {
        return outbox.accounts().stream().map(row -> new SelectItem(((Number) row[0]).longValue(), (String) row[1])).toList();
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public void open(String file) {
        selected = sink.open(file);
        if (selected == null) {
            Messages.error("That message is no longer in the mailbox.");
        }
    }

    public WindowModel<MailDrop.Summary> getMessages() {
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

    public WindowModel<OutgoingEmail> getOutbox() {
        if (outboxModel == null) {
            outboxModel = new WindowModel<>((first, max) -> outbox.window(accountId, first, max), () -> outbox.count(accountId));
        }
        return outboxModel;
    }

    public String getSinkAddress() {
        return sink.address();
    }
}
