package org.onenumber.myphone.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import org.onenumber.account.control.UserLocks;
import org.onenumber.account.control.AccountScope;
import org.onenumber.account.control.FeatureRules;
import org.onenumber.account.entity.User;
import org.onenumber.audit.control.AuditTrail;
import org.onenumber.myphone.entity.CallSettings;
import org.onenumber.myphone.entity.CustomDevice;
import org.onenumber.myphone.entity.DeviceChoices;
import org.onenumber.platform.control.CommonError;
import org.onenumber.platform.control.ConflictException;
import org.onenumber.platform.control.InvalidInputException;
import org.onenumber.platform.control.NotFoundException;
import org.onenumber.platform.control.StaleVersionException;
import org.onenumber.platform.control.Validation;
import org.onenumber.security.entity.Role;
import org.onenumber.switching.control.TargetChanged;

/**
 * The devices a user added (reference 003, 4.5): each with a unique name, a number and a ring-no-answer time. Only
 * these can be edited or deleted; deleting the preferred one makes the work phone ring first again.
 */
@Stateless
@RolesAllowed({Role.END_USER, Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
public class MyDevices {

    /** The system's own preferred devices: no custom device may take their names. */
    static final List<String> RESERVED = List.of("auto-pilot", "work phone", "mobile", "desk phone");

    @PersistenceContext
    EntityManager em;

    @Inject
    UserLocks userLocks;

    @Inject
    AccountScope tenancy;

    @Inject
    FeatureRules features;

    @Inject
    Validation validation;

    @Inject
    AuditTrail audit;

    @Inject
    Event<TargetChanged> targetChanged;

    public List<CustomDevice> of(long userId) {
        return of(tenancy.user(userId));
    }

    public CustomDevice add(long userId, DeviceChoices choices) {
        validation.check(choices);
        User user = tenancy.user(userId);
        userLocks.lock(user);
        List<CustomDevice> devices = of(user);
        if (devices.size() >= CustomDevice.MAX_PER_USER) {
            throw new ConflictException(CommonError.INVALID_FIELD, "name", "You can add at most " + CustomDevice.MAX_PER_USER
                    + " devices; delete one first.");
        }
        String e164 = check(user, devices, choices, null);
        CustomDevice device = new CustomDevice(user, choices.name(), e164, choices.ringSeconds());
        em.persist(device);
        em.flush();
        audit.record(user.getAccount(), "CustomDevice", device.getId(), "ADD", null, device.snapshot());
        return device;
    }

    public CustomDevice modify(long userId, long deviceId, Long expectedVersion, DeviceChoices choices) {
        validation.check(choices);
        User user = tenancy.user(userId);
        userLocks.lock(user);
        CustomDevice device = find(user, deviceId);
        StaleVersionException.check("Device " + deviceId, expectedVersion, device.getVersion());
        String e164 = check(user, of(user), choices, device.getId());
        var before = device.snapshot();
        device.update(choices.name(), e164, choices.ringSeconds());
        em.flush();
        audit.record(user.getAccount(), "CustomDevice", device.getId(), "MODIFY", before, device.snapshot());
        targetChanged.fire(new TargetChanged(user.getStation().switchTarget()));
        return device;
    }

    public void remove(long userId, long deviceId) {
        User user = tenancy.user(userId);
        userLocks.lock(user);
        CustomDevice device = find(user, deviceId);
        em.createQuery("select c from CallSettings c where c.customDevice = :device", CallSettings.class)
                .setParameter("device", device).getResultList().forEach(CallSettings::customDeviceGone);
        var before = device.snapshot();
        em.remove(device);
        em.flush();
        audit.record(user.getAccount(), "CustomDevice", deviceId, "DELETE", before, null);
        targetChanged.fire(new TargetChanged(user.getStation().switchTarget()));
    }

    private List<CustomDevice> of(User user) {
        return em.createQuery("select d from CustomDevice d where d.user = :user order by d.name", CustomDevice.class)
                .setParameter("user", user).getResultList();
    }

    private String check(User user, List<CustomDevice> devices, DeviceChoices choices, Long except) {
        String name = choices.name().strip();
        if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("name", "\"" + name + "\" is one of the system's devices; choose another name.");
        }
        if (devices.stream().anyMatch(d -> d.getName().equalsIgnoreCase(name) && !d.getId().equals(except))) {
            throw new ConflictException(CommonError.INVALID_FIELD, "name", "You have a device called \"" + name
                    + "\" already; choose another name.");
        }
        if (choices.ringSeconds() > 0 && choices.ringSeconds() < 5) {
            throw new InvalidInputException("ringSeconds", "Ring for 5 to 60 seconds, or 0 to ring until answered.");
        }
        return features.requireOwnNumber(user, choices.number(), "number");
    }

    private CustomDevice find(User user, long deviceId) {
        CustomDevice device = em.find(CustomDevice.class, deviceId);
        if (device == null || !device.getUser().getId().equals(user.getId())) {
            throw new NotFoundException("Device", deviceId);
        }
        return device;
    }
}
