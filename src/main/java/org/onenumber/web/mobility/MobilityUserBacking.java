package org.onenumber.web.mobility;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.onenumber.mobility.boundary.MobilityUsers;
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

    public void update() {
        Messages.run("update", () -> mobilityUsers.update(selected.getUserId(), mobilityExtension, video),
                "Mobility of " + selected.getName() + " is updated.");
    }

    public void sendProvisioningEmail() {
        Messages.run("mobility", () -> mobilityUsers.sendProvisioningEmail(selected.getUserId()),
                "The provisioning email to " + selected.getName() + " is on its way.");
    }

    public void disable() {
        Messages.run("mobility", () -> mobilityUsers.disable(selected.getUserId()), selected.getName() + " no longer has Mobility.");
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
