package org.onenumber.web.license;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.onenumber.web.account.AdminContext;
import org.onenumber.license.boundary.Licenses;
import org.onenumber.license.entity.LicensePool;

/**
 * The license pool on admin/devices.xhtml (purchased, shared, available). Read for each request, so a
 * purchase, share or unshare on the same page shows at once; {@link LicensePurchaseBacking} buys.
 */
@Named
@RequestScoped
public class LicensePoolBacking {

    @Inject
    AdminContext admin;

    @Inject
    Licenses licenses;

    private LicensePool pool;

    public LicensePool getPool() {
        if (pool == null) {
            pool = licenses.pool(admin.requireAccount());
        }
        return pool;
    }
}
