package org.onenumber.account.boundary.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.onenumber.account.boundary.Sites;
import org.onenumber.account.boundary.UserQuery;
import org.onenumber.account.boundary.Users;
import org.onenumber.account.entity.Site;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

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

    private Long siteId;
    private List<Site> siteChoices;
    private final LazyDataModel<UserRow> model = new Model();

    @PostConstruct
    void init() {
        siteChoices = sites.all(admin.requireAccount());
    }

    private class Model extends LazyDataModel<UserRow> {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) users.count(query(filterBy, Map.of(), 0, 1));
        }

        @Override
        public List<UserRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            // PrimeFaces 15.0.0 calls count() only while the row count is 0 (its issue 13453): a filter
            // would keep the old total, and the paginator pages that are not there. Count with each load.
            setRowCount(count(filterBy));
            return users.search(query(filterBy, sortBy, first, pageSize)).stream().map(UserRow::new).toList();
        }

        @Override
        public String getRowKey(UserRow row) {
            return String.valueOf(row.getId());
        }
    }

    private UserQuery query(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy, int first, int max) {
        SortMeta sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
        return new UserQuery(admin.requireAccount(), siteId, filter(filterBy, "name"), filter(filterBy, "extension"),
                filter(filterBy, "businessNumber"), filter(filterBy, "email"),
                sort == null ? null : sort.getField(), sort == null || sort.getOrder() == SortOrder.ASCENDING, first, max);
    }

    private static String filter(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy.get(field);
        return meta == null || meta.getFilterValue() == null ? null : meta.getFilterValue().toString();
    }

    public LazyDataModel<UserRow> getModel() {
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
}
