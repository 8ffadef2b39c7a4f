package org.onenumber.web.mobility;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.onenumber.account.boundary.Sites;
import org.onenumber.web.account.AdminContext;
import org.onenumber.web.account.LocationFilter;
import org.onenumber.mobility.boundary.Mobility;
import org.onenumber.mobility.boundary.MobilityUserQuery;
import org.onenumber.mobility.boundary.MobilityUsers;
import org.onenumber.mobility.entity.MobilityStatus;
import org.onenumber.web.FilteredModel;
import org.primefaces.model.LazyDataModel;

/** admin/mobility.xhtml (Manage): the account's mobility users, filtered, sorted and paged in the database. */
@Named
@ViewScoped
public class MobilityBacking implements Serializable {

    @Inject
    AdminContext admin;

    @Inject
    MobilityUsers mobilityUsers;

    @Inject
    Sites sites;

    @Inject
    Mobility mobility;

    private MobilityStatus status;
    private LocationFilter location;
    private String multipleValues;
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
        location = new LocationFilter(sites.all(admin.requireAccount()));
        status = mobility.service(admin.requireAccount()).getStatus();
    }

    /** Without the add-on the page says where to activate it instead of showing an empty table and an Add button. */
    public boolean isActivated() {
        return status != MobilityStatus.NOT_ACTIVATED;
    }

    public boolean isSuspended() {
        return status == MobilityStatus.SUSPENDED;
    }

    public boolean isUsersAllowed() {
        return status.allowsUsers();
    }

    private MobilityUserQuery query(FilteredModel.Request request, int first, int max) {
        return new MobilityUserQuery(admin.requireAccount(), location.getSiteId(), request.filter("name"),
                request.filter("number"), request.filter("extension"), multipleValues, request.sortField(),
                request.ascending(), first, max);
    }

    public LazyDataModel<MobilityUserRow> getModel() {
        return model;
    }

    public LocationFilter getLocation() {
        return location;
    }

    public String getMultipleValues() {
        return multipleValues;
    }

    public void setMultipleValues(String multipleValues) {
        this.multipleValues = multipleValues;
    }
}
