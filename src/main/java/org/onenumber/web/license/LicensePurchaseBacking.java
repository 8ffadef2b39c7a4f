package org.onenumber.web.license;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.onenumber.license.boundary.Licenses;
import org.onenumber.license.entity.LicensePool;
import org.onenumber.web.Messages;
import org.onenumber.web.account.AdminContext;

/**
 * Purchase on admin/devices.xhtml, in two steps: Purchase checks the quantity typed (a whole number from 1 to
 * what the account may still buy) and asks about exactly that quantity and the total it leads to; Yes buys the
 * quantity the question named, once, whatever the box holds by then.
 */
@Named
@ViewScoped
public class LicensePurchaseBacking implements Serializable {

    @Inject
    AdminContext admin;

    @Inject
    Licenses licenses;

    private Integer quantity;
    private Integer asked;
    private int purchasedWhenAsked;

    /** Purchase: a quantity out of range is shown beside the box, and no question is asked. */
    public void review() {
        asked = null;
        LicensePool pool = licenses.pool(admin.requireAccount());
        if (quantity == null || quantity < 1 || quantity > pool.mostPurchasable()) {
            Messages.field("pool:quantity", rule(pool));
            return;
        }
        asked = quantity;
        purchasedWhenAsked = pool.getPurchased();
    }

    /** Yes: buys the quantity the question named. */
    public void purchase() {
        Integer buying = asked;
        asked = null;
        if (buying == null) {
            Messages.error("Nothing was purchased: type a quantity and press Purchase.");
            return;
        }
        int[] total = new int[1];
        if (Messages.run("pool", () -> total[0] = licenses.purchase(admin.requireAccount(), buying).getPurchased(), null)) {
            quantity = null;
            Messages.info(count(buying) + " mobile client " + (buying == 1 ? "license" : "licenses") + " purchased; the account has "
                    + count(total[0]) + " now.");
        }
    }

    /** What the box accepts, for its messages. */
    public String getRule() {
        return rule(licenses.pool(admin.requireAccount()));
    }

    private String rule(LicensePool pool) {
        int most = pool.mostPurchasable();
        return most < 1
                ? "The account holds the most licenses it may (" + count(LicensePool.MAX_QUANTITY) + "): none can be purchased."
                : "Type a whole number from 1 to " + count(most) + ": an account holds at most "
                        + count(LicensePool.MAX_QUANTITY) + " licenses.";
    }

    /** The question Yes answers. */
    public String getQuestion() {
        return asked == null ? "" : "Purchase " + count(asked) + " mobile client " + (asked == 1 ? "license" : "licenses")
                + "? Purchased licenses go from " + count(purchasedWhenAsked) + " to " + count(purchasedWhenAsked + asked) + ". No email is sent.";
    }

    private static String count(int number) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces == null || faces.getViewRoot() == null ? Locale.US : faces.getViewRoot().getLocale();
        return String.format(locale, "%,d", number);
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }
}
