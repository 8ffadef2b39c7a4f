package org.onenumber.web.switching;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.onenumber.web.account.AdminContext;
import org.onenumber.web.Messages;
import org.onenumber.web.WindowModel;
import org.onenumber.switching.boundary.SwitchSync;
import org.onenumber.switching.entity.SwitchCommand;

/** admin/switch-sync.xhtml: commands not yet on the switch, with the switch's reason and a retry. */
@Named
@ViewScoped
public class SwitchSyncBacking implements Serializable {

    @Inject
    AdminContext admin;

    @Inject
    SwitchSync sync;

    private boolean wholeCarrier;
    private WindowModel<SwitchCommand> model;

    @PostConstruct
    void init() {
        wholeCarrier = admin.getAccountId() == null;
        model = new WindowModel<>(
                (first, max) -> wholeCarrier ? sync.openOfCarrier(first, max) : sync.openOfAccount(admin.requireAccount(), first, max),
                () -> wholeCarrier ? sync.countOpenOfCarrier() : sync.countOpenOfAccount(admin.requireAccount()));
    }

    public void retry(long commandId) {
        try {
            sync.retry(commandId);
            Messages.info("Command " + commandId + " will be sent again.");
        } catch (RuntimeException e) {
            Messages.show("sync", e);
        }
    }

    /**
     * How many queued states a newer one of the same subscriber replaced before they were sent: the normal way a burst
     * of changes reaches the switch, said so that nobody looks for them among the pending ones; empty when none.
     */
    public String getSupersededNote() {
        long superseded = wholeCarrier ? sync.countSupersededOfCarrier() : sync.countSupersededOfAccount(admin.requireAccount());
        return superseded == 0 ? "" : superseded + (superseded == 1 ? " queued change was" : " queued changes were")
                + " replaced by a newer change of the same subscriber before it was sent; the newer one carried it to the switch.";
    }

    public WindowModel<SwitchCommand> getModel() {
        return model;
    }

    public boolean isWholeCarrier() {
        return wholeCarrier;
    }

    public void setWholeCarrier(boolean wholeCarrier) {
        this.wholeCarrier = wholeCarrier;
    }
}
