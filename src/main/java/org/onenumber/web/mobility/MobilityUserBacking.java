package org.onenumber.web.mobility;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.onenumber.mobility.boundary.MobilityUsers;
import org.onenumber.platform.control.StaleVersionException;
import org.onenumber.web.Messages;

/**
 * The row menu of admin/mobility.xhtml (right-click or the row's button): Update Mobility, Send
 * Provisioning Email and Disable Mobility for the selected user.
 */
@Named
@ViewScoped
public class MobilityUserBacking implements Serializable {

    @Inject
    MobilityUsers mobilityUsers;

    private MobilityUserRow selected;
    private String mobilityExtension;
    private boolean video;

    /** Update Mobility; for a user who only holds a shared client, Enable Mobility with the extension given. */
    public void update() {
        if (!chosen()) {
            return;
        }
        if (selected.isMobilityUser()) {
            // against the version the row showed: a change made meanwhile (another admin's, the back office's) is not
            // overwritten with the values this dialog started from
            try {
                mobilityUsers.update(selected.getUserId(), selected.getMobilityVersion(), mobilityExtension, video);
                Messages.info("Mobility of " + selected.getName() + " is updated.");
            } catch (StaleVersionException e) {
                Messages.error("Nothing was saved: the Mobility of " + selected.getName() + " changed since this list"
                        + " was shown (its settings, or a provisioning email sent). Close this dialog and open Update"
                        + " Mobility again to start from the settings as they are now.");
                FacesContext.getCurrentInstance().validationFailed();
            } catch (RuntimeException e) {
                Messages.show("update", e);
            }
        } else {
            Messages.run("update", () -> mobilityUsers.enable(selected.getUserId(), mobilityExtension, video),
                    selected.getName() + " has Mobility now.");
        }
    }

    public void sendProvisioningEmail() {
        if (chosen()) {
            Messages.run("mobility", () -> mobilityUsers.sendProvisioningEmail(selected.getUserId()),
                    "The provisioning email to " + selected.getName() + " is on its way.");
        }
    }

    public void disable() {
        if (chosen()) {
            Messages.run("mobility", () -> mobilityUsers.disable(selected.getUserId(), null), selected.getName() + " no longer has Mobility.");
        }
    }

    /** A right-click names a row by its key; a row no longer on the page (or never on it) selects nobody. */
    private boolean chosen() {
        if (selected == null) {
            Messages.error("That user is no longer in the list: it changed since the page showed it. Choose the user again.");
            return false;
        }
        return true;
    }

    /** The table's selection; the Update Mobility dialog starts from the row's values. */
    public void setSelected(MobilityUserRow row) {
        selected = row;
        if (row != null) {
            mobilityExtension = row.getMobilityExtension();
            video = row.isVideo();
        }
    }

    public MobilityUserRow getSelected() {
        return selected;
    }

    public String getMobilityExtension() {
        return mobilityExtension;
    }

    public void setMobilityExtension(String mobilityExtension) {
        this.mobilityExtension = mobilityExtension;
    }

    public boolean isVideo() {
        return video;
    }

    public void setVideo(boolean video) {
        this.video = video;
    }
}
