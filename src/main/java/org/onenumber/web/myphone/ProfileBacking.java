package org.onenumber.web.myphone;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.onenumber.account.boundary.Users;
import org.onenumber.account.entity.User;
import org.onenumber.security.control.Caller;

/** myphone/profile.xhtml: the signed-in user's name, business number, extension and email. */
@Named
@RequestScoped
public class ProfileBacking {

    @Inject
    Caller caller;

    @Inject
    Users users;

    private User user;

    @PostConstruct
    void init() {
        user = users.get(caller.login().getUserId());
    }

    public String getName() {
        return user.displayName();
    }

    public String getBusinessNumber() {
        var number = user.getStation().getPhoneNumber();
        return number == null ? "-" : number.getDisplay();
    }

    public String getExtension() {
        return user.getStation().getExtension();
    }

    public String getEmail() {
        return user.getEmail();
    }

    public String getSite() {
        return user.getSite().getName();
    }
}
