package org.onenumber.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.onenumber.account.boundary.Sites;
import org.onenumber.account.boundary.UserQuery;
import org.onenumber.account.boundary.Users;
import org.onenumber.web.FilteredModel;
import org.primefaces.model.LazyDataModel;

/** admin/users.xhtml: the account's users, filtered, sorted and paged in the database. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    @Inject
    AdminContext admin;

    @Inject
    Users users;

    @Inject
    Sites sites;

    private LocationFilter location;
    private final LazyDataModel<UserRow> model = new Model();

    @PostConstruct
    void init() {
        location = new LocationFilter(sites.all(admin.requireAccount()));
    }

    private class Model extends FilteredModel<UserRow> {

        @Override
        protected long count(Request request) {
            return users.count(query(request, 0, 1));
        }

        @Override
        protected List<UserRow> rows(Request request, int first, int max) {
            return users.search(query(request, first, max)).stream().map(UserRow::new).toList();
        }

        @Override
        protected Object key(UserRow row) {
            return row.getId();
        }
    }

    private UserQuery query(FilteredModel.Request request, int first, int max) {
        return new UserQuery(admin.requireAccount(), location.getSiteId(), request.filter("name"), request.filter("extension"),
                request.filter("businessNumber"), request.filter("email"), request.sortField(), request.ascending(),
                first, max);
    }

    public LazyDataModel<UserRow> getModel() {
        return model;
    }

    public LocationFilter getLocation() {
        return location;
    }
}
