package org.onenumber.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import org.onenumber.account.boundary.PhoneNumbers;
import org.onenumber.account.entity.PhoneNumber;
import org.onenumber.web.Messages;
import org.onenumber.web.WindowModel;

/** admin/numbers.xhtml: the account's number inventory; support adds numbers. */
@Named
@ViewScoped
public class NumbersBacking implements Serializable {

    @Inject
    AdminContext admin;

    @Inject
    PhoneNumbers numbers;

    private PhoneNumber.Status status;
    private String newNumbers;
    private WindowModel<PhoneNumber> model;

    @PostConstruct
    void init() {
        long account = admin.requireAccount();
        model = new WindowModel<>((first, max) -> numbers.window(account, status, first, max),
                () -> numbers.count(account, status));
    }

    public void add() {
        var list = Arrays.stream(newNumbers == null ? new String[0] : newNumbers.split("[,;\\n]+"))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        try {
            int added = numbers.add(admin.requireAccount(), list).size();
            Messages.info(added + " numbers added.");
            newNumbers = null;
        } catch (RuntimeException e) {
            Messages.show("add", e);
        }
    }

    public PhoneNumber.Status[] getStatuses() {
        return PhoneNumber.Status.values();
    }

    public WindowModel<PhoneNumber> getModel() {
        return model;
    }

    public PhoneNumber.Status getStatus() {
        return status;
    }

    public void setStatus(PhoneNumber.Status status) {
        this.status = status;
    }

    public String getNewNumbers() {
        return newNumbers;
    }

    public void setNewNumbers(String newNumbers) {
        this.newNumbers = newNumbers;
    }
}
