package org.onenumber.web.myphone;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.onenumber.account.boundary.MyNumbers;
import org.onenumber.account.entity.UserNumber;
import org.onenumber.account.entity.UserNumberDetails;
import org.onenumber.security.control.Caller;
import org.onenumber.web.Messages;

/** myphone/numbers.xhtml (My Number): the user's own mobile and landline numbers with their labels. */
@Named
@ViewScoped
public class MyNumbersBacking implements Serializable {

    @Inject
    Caller caller;

    @Inject
    MyNumbers numbers;

    private long userId;
    private List<UserNumber> list;
    private Long editing;
    private long editingVersion;
    private UserNumber.Kind kind = UserNumber.Kind.MOBILE;
    private String number;
    private String label;

    @PostConstruct
    void init() {
        userId = caller.login().getUserId();
        load();
    }

    private void load() {
        list = numbers.of(userId);
    }

    public void save() {
        UserNumberDetails details = new UserNumberDetails(kind, number, label);
        boolean done = editing == null
                ? Messages.run("number", () -> numbers.add(userId, details), "Saved: " + number + " is in My Number.")
                : Messages.run("number", () -> numbers.modify(userId, editing, editingVersion, details), "Saved.");
        if (done) {
            cancel();
            load();
        }
    }

    public void edit(UserNumber n) {
        editing = n.getId();
        editingVersion = n.getVersion();
        kind = n.getKind();
        number = n.getDisplay();
        label = n.getLabel();
    }

    public void cancel() {
        editing = null;
        kind = UserNumber.Kind.MOBILE;
        number = null;
        label = null;
    }

    public void remove(UserNumber n) {
        if (Messages.run("numbers", () -> numbers.remove(userId, n.getId()), n.getDisplay() + " is removed.")) {
            load();
        }
    }

    public List<UserNumber> getList() {
        return list;
    }

    public UserNumber.Kind[] getKinds() {
        return UserNumber.Kind.values();
    }

    public boolean isEditing() {
        return editing != null;
    }

    public UserNumber.Kind getKind() {
        return kind;
    }

    public void setKind(UserNumber.Kind kind) {
        this.kind = kind;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
