package org.onenumber.web.license;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.onenumber.web.account.AdminContext;
import org.onenumber.license.boundary.Licenses;
import org.onenumber.license.entity.LicensePool;
import org.onenumber.web.Messages;

/**
 * The license pool on admin/devices.xhtml (purchased, shared, available) and Purchase. Read for each
 * request, so a share or unshare on the same page shows at once.
 */
@Named
@RequestScoped
public class LicensePoolBacking {

    @Inject
    AdminContext admin;

    @Inject
    Licenses licenses;

    private LicensePool pool;
    private Integer quantity = 1;

    public void purchase() {
        Messages.run("pool", () -> pool = licenses.purchase(admin.requireAccount(), quantity),
                quantity + (quantity == 1 ? " license" : " licenses") + " purchased.");
    }

    public LicensePool getPool() {
        if (pool == null) {
            pool = licenses.pool(admin.requireAccount());
        }
        return pool;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }
}
