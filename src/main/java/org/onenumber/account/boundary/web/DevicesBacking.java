package org.onenumber.account.boundary.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.onenumber.account.boundary.Devices;
import org.onenumber.account.entity.Device;
import org.onenumber.platform.web.WindowModel;

/** admin/devices.xhtml: desk phones by station. */
@Named
@ViewScoped
public class DevicesBacking implements Serializable {

    @Inject
    AdminContext admin;

    @Inject
    Devices devices;

    private WindowModel<Device> model;

    @PostConstruct
    void init() {
        long account = admin.requireAccount();
        model = new WindowModel<>((first, max) -> devices.window(account, first, max), () -> devices.count(account));
    }

    public WindowModel<Device> getModel() {
        return model;
    }
}
