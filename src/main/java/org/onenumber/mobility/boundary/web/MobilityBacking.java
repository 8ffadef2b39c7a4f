package org.onenumber.mobility.boundary.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.onenumber.account.boundary.Sites;
import org.onenumber.account.boundary.web.AdminContext;
import org.onenumber.account.entity.Site;
import org.onenumber.mobility.boundary.MobilityUserQuery;
import org.onenumber.mobility.boundary.MobilityUsers;
import org.onenumber.platform.web.FilteredModel;
import org.onenumber.platform.web.Messages;
import org.primefaces.model.LazyDataModel;

/** admin/mobility.xhtml (Manage): the account's mobility users, and Update, Send Provisioning Email and Disable per user. */
@Named
@ViewScoped
public class MobilityBacking implements Serializable {

    @Inject
    AdminContext admin;

    @Inject
    MobilityUsers mobilityUsers;

    @Inject
    Sites sites;

    private Long siteId;
    private String multipleValues;
    private List<Site> siteChoices;
    private MobilityUserRow selected;
    private String mobilityExtension;
    private boolean video;
    private final LazyDataModel<MobilityUserRow> model = new FilteredModel<>() {

        @Override
        protected long count(Request request) {
            return mobilityUsers.count(query(request, 0, 1));
        }

        @Override
        protected List<MobilityUserRow> rows(Request request, int first, int max) {
            return mobilityUsers.lines(query(request, first, max)).stream().map(MobilityUserRow::new).toList();
        }

        @Override
        protected Object key(MobilityUserRow row) {
            return row.getUserId();
        }
    };

    @PostConstruct
    void init() {
        siteChoices = sites.all(admin.requireAccount());
    }

    private MobilityUserQuery query(FilteredModel.Request request, int first, int max) {
        return new MobilityUserQuery(admin.requireAccount(), siteId, request.filter("name"), request.filter("number"),
                request.filter("extension"), multipleValues, request.sortField(), request.ascending(), first, max);
    }

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

    public LazyDataModel<MobilityUserRow> getModel() {
        return model;
    }

    public List<Site> getSiteChoices() {
        return siteChoices;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public String getMultipleValues() {
        return multipleValues;
    }

    public void setMultipleValues(String multipleValues) {
        this.multipleValues = multipleValues;
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
