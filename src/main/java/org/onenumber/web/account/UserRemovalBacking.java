package org.onenumber.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.onenumber.account.boundary.MyNumbers;
import org.onenumber.account.boundary.Users;
import org.onenumber.account.entity.User;
import org.onenumber.license.boundary.Licenses;
import org.onenumber.mobility.boundary.MobilityUsers;
import org.onenumber.mobility.entity.MobilityUser;
import org.onenumber.web.Messages;
import org.onenumber.web.Navigation;

/**
 * Delete user on admin/user.xhtml: the confirmation says what goes with the user, and the delete is the SOAP
 * DeleteUser's boundary method, with its rules (no one deletes their own user, a Phone Manager no Decision Maker),
 * its audit record and its version check against the page.
 */
@Named
@ViewScoped
public class UserRemovalBacking implements Serializable {

    @Inject
    UserBacking page;

    @Inject
    Users users;

    @Inject
    MyNumbers numbers;

    @Inject
    MobilityUsers mobilityUsers;

    @Inject
    Licenses licenses;

    private String question;

    /** What the delete takes with it, as the boundary does it. */
    public String getQuestion() {
        if (question == null) {
            User user = users.get(page.getId());
            var station = user.getStation();
            StringBuilder text = new StringBuilder("Delete ").append(user.displayName()).append("? This cannot be undone. ")
                    .append("Their station (extension ").append(station.getExtension()).append(") is removed from the switch");
            if (station.getPhoneNumber() != null) {
                text.append(", and business number ").append(station.getPhoneNumber().getDisplay()).append(" becomes free");
            }
            text.append('.');
            int own = numbers.of(user.getId()).size();
            if (own > 0) {
                text.append(' ').append(count(own, "My Phone number")).append(own == 1 ? " is" : " are").append(" removed.");
            }
            MobilityUser mobility = mobilityUsers.find(user.getId());
            if (mobility != null) {
                text.append(" They are no longer a mobility user (mobility extension ").append(mobility.getMobilityExtension())
                        .append(" becomes free).");
            }
            int shared = licenses.sharedTo(user).size();
            if (shared > 0) {
                text.append(' ').append(count(shared, "mobile client license")).append(shared == 1 ? " returns" : " return")
                        .append(" to the account's pool.");
            }
            question = text.append(" Their sign-in to the pages, if they have one, is removed.").toString();
        }
        return question;
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    public void delete() {
        String name = users.get(page.getId()).displayName();
        if (Messages.run("remove", () -> users.delete(page.getId(), page.getVersion()), null)) {
            Navigation.redirect("/admin/users.xhtml", name + " is deleted.");
        }
    }
}
