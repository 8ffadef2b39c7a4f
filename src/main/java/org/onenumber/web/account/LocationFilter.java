package org.onenumber.web.account;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onenumber.account.entity.Site;

/** The "All locations" select above a table of users: the account's sites by name, and the one chosen. */
public class LocationFilter implements Serializable {

    private final Map<String, Long> choices = new LinkedHashMap<>();
    private Long siteId;

    public LocationFilter(List<Site> sites) {
        sites.forEach(site -> choices.put(site.getName(), site.getId()));
    }

    public Map<String, Long> getChoices() {
        return choices;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }
}
