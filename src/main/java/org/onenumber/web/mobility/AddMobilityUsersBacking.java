package org.onenumber.web.mobility;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onenumber.web.account.AdminContext;
import org.onenumber.account.entity.User;
import org.onenumber.license.boundary.Licenses;
import org.onenumber.mobility.boundary.Enablement;
import org.onenumber.mobility.boundary.Mobility;
import org.onenumber.mobility.boundary.MobilityUsers;
import org.onenumber.mobility.entity.MobilityStatus;
import org.onenumber.mobility.entity.MobilityService;
import org.onenumber.mobility.entity.MobilityUser;
import org.onenumber.web.Messages;

/**
 * The Add users wizard of admin/mobility.xhtml: Select Users (inactive eligible users, found by name, number
 * or extension), Settings (a mobility extension each), Summary (the licenses it will buy), then Finish.
 */
@Named
@ViewScoped
public class AddMobilityUsersBacking implements Serializable {

    /** One user the wizard offers. */
    public record Candidate(long userId, String name, String number, String extension) implements Serializable {

        static Candidate of(User user) {
            var number = user.getStation().getPhoneNumber();
            return new Candidate(user.getId(), user.displayName(), number == null ? "" : number.getDisplay(),
                    user.getStation().getExtension());
        }
    }

    @Inject
    AdminContext admin;

    @Inject
    MobilityUsers mobilityUsers;

    @Inject
    Mobility mobility;

    @Inject
    Licenses licenses;

    private int step;
    private String search;
    private List<Candidate> candidates = List.of();
    private final Map<Long, Candidate> offered = new LinkedHashMap<>();
    private final Map<Long, Boolean> checked = new HashMap<>();
    private final Map<Long, String> extensions = new HashMap<>();
    private List<Candidate> selected = List.of();
    private int available;
    private int purchased;
    private int toBuy;
    private String emails = "";

    /** Opens the wizard, unless the add-on does not allow users now (a page opened before it changed, say). */
    public void open() {
        MobilityStatus status = mobility.service(admin.requireAccount()).getStatus();
        if (!status.allowsUsers()) {
            Messages.field(null, "Mobility is " + status.title().toLowerCase(java.util.Locale.ROOT)
                    + " for this account, so no users can be added. Activate it on Add-on Features.");
            return;
        }
        step = 0;
        search = null;
        offered.clear();
        checked.clear();
        extensions.clear();
        find();
    }

    public void find() {
        candidates = mobilityUsers.inactiveEligible(admin.requireAccount(), search, 50).stream().map(Candidate::of).toList();
        candidates.forEach(c -> offered.put(c.userId(), c));
    }

    public void next() {
        if (step == 0) {
            selected = offered.values().stream().filter(c -> Boolean.TRUE.equals(checked.get(c.userId()))).toList();
            if (selected.isEmpty()) {
                Messages.error("Select at least one user.");
                return;
            }
        } else {
            if (!extensionsFree()) {
                return;
            }
            var pool = licenses.pool(admin.requireAccount());
            available = pool.getAvailable();
            purchased = pool.getPurchased();
            List<Long> ids = selected.stream().map(Candidate::userId).toList();
            toBuy = mobilityUsers.licensesToBuy(admin.requireAccount(), ids);
            emails = emails(ids);
        }
        step++;
    }

    /**
     * The Settings step's extensions, checked before the Summary offers a purchase: each taken one (by another
     * extension of the account or by another user of this list) is named beside its field, all at once.
     */
    private boolean extensionsFree() {
        List<Enablement> users = selected.stream().map(c -> new Enablement(c.userId(), extensions.get(c.userId()), null)).toList();
        Map<Long, String> problems;
        try {
            problems = mobilityUsers.extensionProblems(admin.requireAccount(), users);
        } catch (RuntimeException e) { // a chosen user deleted meanwhile, say: said at the top, not an error page
            Messages.show("add", e);
            return false;
        }
        if (problems.isEmpty()) {
            return true;
        }
        for (int row = 0; row < selected.size(); row++) {
            String problem = problems.get(selected.get(row).userId());
            if (problem != null) {
                Messages.field("add:extensions:" + row + ":mobilityExtension", problem);
            }
        }
        return false;
    }

    public void back() {
        step = Math.max(0, step - 1);
    }

    /**
     * All or nothing: a refused user (a taken extension, say) leaves every user as they were. The purchase is the
     * one the Summary showed and the confirmation named, never a number worked out again.
     */
    public void finish() {
        List<Enablement> users = selected.stream().map(c -> new Enablement(c.userId(), extensions.get(c.userId()), null)).toList();
        Messages.run("add", () -> mobilityUsers.addUsers(admin.requireAccount(), users, toBuy),
                users.size() + (users.size() == 1 ? " user has" : " users have") + " Mobility now.");
    }

    /** How many of the users get which email when they are enabled, for the Summary's question. */
    private String emails(List<Long> ids) {
        MobilityService service = mobility.service(admin.requireAccount());
        int welcome = service.isWelcomeEmailEnabled() ? mobilityUsers.withoutClient(ids) : 0;
        int provisioning = service.getRouter() == null ? 0 : ids.size();
        List<String> parts = new java.util.ArrayList<>();
        if (welcome > 0) {
            parts.add(welcome + (welcome == 1 ? " user gets" : " users get") + " the welcome email");
        }
        if (provisioning > 0) {
            parts.add(provisioning + (provisioning == 1 ? " user gets" : " users get") + " the provisioning email");
        }
        return parts.isEmpty() ? "No email is sent now." : String.join("; ", parts) + ".";
    }

    /** The emails Finish sends, in words. */
    public String getEmails() {
        return emails;
    }

    public String getExtensionPattern() {
        return MobilityUser.EXTENSION_PATTERN;
    }

    public String getExtensionRule() {
        return MobilityUser.EXTENSION_RULE;
    }

    public int getStep() {
        return step;
    }

    public List<Candidate> getCandidates() {
        return candidates;
    }

    public Map<Long, Boolean> getChecked() {
        return checked;
    }

    public Map<Long, String> getExtensions() {
        return extensions;
    }

    public List<Candidate> getSelected() {
        return selected;
    }

    public int getAvailable() {
        return available;
    }

    public int getPurchased() {
        return purchased;
    }

    public int getToBuy() {
        return toBuy;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
