package org.onenumber.myphone.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.onenumber.account.control.UserLocks;
import org.onenumber.account.control.AccountScope;
import org.onenumber.account.control.FeatureRules;
import org.onenumber.account.entity.Feature;
import org.onenumber.account.entity.NumberFormat;
import org.onenumber.account.entity.User;
import org.onenumber.audit.control.AuditTrail;
import org.onenumber.myphone.control.RingPlan;
import org.onenumber.myphone.entity.CallChoices;
import org.onenumber.myphone.entity.CallSettings;
import org.onenumber.myphone.entity.CustomDevice;
import org.onenumber.myphone.entity.PreferredDevice;
import org.onenumber.myphone.entity.SimRingNumber;
import org.onenumber.platform.control.BusinessException;
import org.onenumber.platform.control.CommonError;
import org.onenumber.platform.control.ConflictException;
import org.onenumber.platform.control.InvalidInputException;
import org.onenumber.platform.control.NotFoundException;
import org.onenumber.platform.control.StaleVersionException;
import org.onenumber.platform.control.Validation;
import org.onenumber.security.entity.Role;
import org.onenumber.switchadapter.wire.RoutingTrace;
import org.onenumber.switching.boundary.CallControl;
import org.onenumber.switching.boundary.SwitchSync;
import org.onenumber.switching.boundary.SyncStatus;
import org.onenumber.switching.control.TargetChanged;

/**
 * My Phone's calls: where a user's calls ring (preferred device, Simultaneous Ring and its numbers), forwarding, Do
 * Not Disturb, and "who rings when" from the switch's own call simulation. End users change their own (the account's
 * tenancy lets them see only themselves); their admins and the carrier may read and change them too. Every change is
 * audited and becomes the station's desired state on the switch.
 */
@Stateless
@RolesAllowed({Role.END_USER, Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
public class MyCalls {

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
    CallControl calls;

    @Inject
    SwitchSync sync;

    @Inject
    Event<TargetChanged> targetChanged;

    @Inject
    CallDefaults defaults;

    /** The user's settings; a user who never changed any gets the defaults (not stored, version 0). */
    public CallSettings settings(long userId) {
        User user = tenancy.user(userId);
        return find(user).orElseGet(() -> new CallSettings(user, defaults.of(user.getAccount()).getNoReplySeconds()));
    }

    public CallSettings save(long userId, Long expectedVersion, CallChoices choices) {
        validation.check(choices);
        User user = locked(userId);
        CallSettings settings = find(user).orElse(null);
        StaleVersionException.check("Call settings of user " + userId, expectedVersion, settings == null ? 0 : settings.getVersion());
        CustomDevice custom = null;
        if (choices.preferredDevice() == PreferredDevice.CUSTOM) {
            if (choices.customDeviceId() == null) {
                throw new InvalidInputException("customDevice", "Choose which of your devices rings first, or add one.");
            }
            custom = em.find(CustomDevice.class, choices.customDeviceId());
            if (custom == null || !custom.getUser().getId().equals(user.getId())) {
                throw new InvalidInputException("customDevice", "That device is not one of yours; choose one from the list.");
            }
        }
        if (choices.simultaneousRing() && (settings == null || settings.getSimRingNumbers().isEmpty())) {
            throw new InvalidInputException("simultaneousRing", "Add a number to ring first, then turn Simultaneous Ring on.");
        }
        if (choices.simultaneousRing()) {
            features.requireCompatible(user, Feature.SIMULTANEOUS_RING);
        }
        String forwardAll = forwardTo(user, choices.forwardAll(), "forwardAll");
        String forwardBusy = forwardTo(user, choices.forwardBusy(), "forwardBusy");
        String forwardNoReply = forwardTo(user, choices.forwardNoReply(), "forwardNoReply");
        var before = settings == null ? null : settings.snapshot();
        if (settings == null) {
            settings = new CallSettings(user, defaults.of(user.getAccount()).getNoReplySeconds());
            em.persist(settings);
        }
        settings.apply(choices.preferredDevice(), custom, choices.routeToCell(), choices.simultaneousRing(),
                choices.simRingQuietWhenBusy(), forwardAll,
                forwardBusy, forwardNoReply, choices.noReplySeconds(), choices.doNotDisturb());
        em.flush();
        audit.record(user.getAccount(), "CallSettings", settings.getId(), before == null ? "ADD" : "MODIFY", before,
                settings.snapshot());
        targetChanged.fire(new TargetChanged(user.getStation().switchTarget()));
        return settings;
    }

    /** Adds a Simultaneous Ring number: never another feature's or user's, the inventory's or the user's own. */
    public SettingsVersions addSimRing(long userId, String input, boolean answerConfirmation) {
        User user = locked(userId);
        CallSettings settings = find(user).orElse(null);
        long versionBefore = settings == null ? 0 : settings.getVersion();
        if (settings != null && settings.getSimRingNumbers().size() >= CallSettings.MAX_SIM_RING_NUMBERS) {
            throw new ConflictException(CommonError.INVALID_FIELD, "simRingNumber", "Simultaneous Ring rings at most "
                    + CallSettings.MAX_SIM_RING_NUMBERS + " numbers; remove one first.");
        }
        String e164 = features.requireFreeDestination(user, Feature.SIMULTANEOUS_RING, null, input, "simRingNumber");
        if (settings != null && settings.getSimRingNumbers().stream().anyMatch(n -> n.getE164().equals(e164))) {
            throw new ConflictException(CommonError.INVALID_FIELD, "simRingNumber", NumberFormat.display(e164)
                    + " is on your Simultaneous Ring list already.");
        }
        if (settings == null) {
            settings = new CallSettings(user, defaults.of(user.getAccount()).getNoReplySeconds());
            em.persist(settings);
        }
        var before = settings.snapshot();
        SimRingNumber number = settings.addSimRing(e164, answerConfirmation);
        em.flush();
        features.claimDestination(user, Feature.SIMULTANEOUS_RING, number.getId(), e164, "simRingNumber");
        audit.record(user.getAccount(), "CallSettings", settings.getId(), "MODIFY", before, settings.snapshot());
        targetChanged.fire(new TargetChanged(user.getStation().switchTarget()));
        return new SettingsVersions(versionBefore, settings.getVersion());
    }

    public SettingsVersions removeSimRing(long userId, long numberId) {
        User user = locked(userId);
        CallSettings settings = find(user).orElseThrow(() -> new NotFoundException("Simultaneous Ring number", numberId));
        long versionBefore = settings.getVersion();
        SimRingNumber number = settings.getSimRingNumbers().stream().filter(n -> n.getId() == numberId).findFirst()
                .orElseThrow(() -> new NotFoundException("Simultaneous Ring number", numberId));
        var before = settings.snapshot();
        features.release(Feature.SIMULTANEOUS_RING, number.getId());
        settings.removeSimRing(number);
        if (settings.getSimRingNumbers().isEmpty()) {
            settings.simultaneousRingOff();
        }
        em.flush();
        audit.record(user.getAccount(), "CallSettings", settings.getId(), "MODIFY", before, settings.snapshot());
        targetChanged.fire(new TargetChanged(user.getStation().switchTarget()));
        return new SettingsVersions(versionBefore, settings.getVersion());
    }

    /**
     * The call settings' version just before a change of the Simultaneous Ring list and just after it, both read under
     * the user's lock (the list's own rows change no version; a first number writes the settings, and the last one's
     * removal turns Simultaneous Ring off).
     */
    public record SettingsVersions(long before, long after) {

        /**
         * The version a form read at {@code formVersion} saves against after the change: the new one when nothing but
         * the change came between, else its own, so that a change made elsewhere meanwhile is still refused as stale.
         */
        public long next(long formVersion) {
            return formVersion == before ? after : formVersion;
        }
    }

    /**
     * What the switch will do with a call to the user's business number now, second by second, and whether it holds the
     * user's latest change yet.
     */
    public RingPlan whoRingsWhen(long userId) {
        return whoRingsWhen(userId, null);
    }

    /** As {@link #whoRingsWhen(long)}, for a call from {@code callerInput} (any usual format; blank: any caller). */
    public RingPlan whoRingsWhen(long userId, String callerInput) {
        String caller = number(callerInput, "caller");
        User user = tenancy.user(userId);
        SyncStatus status = sync.ofSubscriber(user.getAccount().getId(), user.getStation().getId());
        boolean pending = status.state() != SyncStatus.State.IN_SYNC;
        var number = user.getStation().getPhoneNumber();
        if (number == null) {
            return new RingPlan(List.of(), pending, "You have no business number yet, so no outside call reaches you.");
        }
        try {
            RoutingTrace trace = calls.simulate(number.getE164(), caller);
            return new RingPlan(trace.steps().stream().map(s -> new RingPlan.Step(s.target().name(), s.address(), s.startSecond(),
                    s.ringSeconds(), s.outcome().name())).toList(), pending, null);
        } catch (BusinessException e) {
            return new RingPlan(List.of(), pending, e.getMessage());
        }
    }

    /** Whether the switch has yet to apply the user's latest change (of any feature) to their station. */
    public boolean switchPending(long userId) {
        User user = tenancy.user(userId);
        return sync.ofSubscriber(user.getAccount().getId(), user.getStation().getId()).state() != SyncStatus.State.IN_SYNC;
    }

    /**
     * The user, their row locked: two first saves come one after the other (the second finds the first's settings), and
     * concurrent adds cannot pass the ten-number limit together.
     */
    private User locked(long userId) {
        User user = tenancy.user(userId);
        userLocks.lock(user);
        return user;
    }

    private java.util.Optional<CallSettings> find(User user) {
        return em.createQuery("select c from CallSettings c where c.user = :user", CallSettings.class)
                .setParameter("user", user).getResultStream().findFirst();
    }

    /**
     * A number to forward to, in E.164; not the user's own business number, whose calls would come back to them (a
     * colleague's number of the account is a number to forward to, unlike for Simultaneous Ring).
     */
    private static String forwardTo(User user, String input, String field) {
        String e164 = number(input, field);
        var business = user.getStation().getPhoneNumber();
        if (e164 != null && business != null && business.getE164().equals(e164)) {
            throw new InvalidInputException(field, NumberFormat.display(e164) + " is your own business number: calls"
                    + " forwarded to it would come back to you. Give the number of another phone.");
        }
        return e164;
    }

    private static String number(String input, String field) {
        return input == null || input.isBlank() ? null : NumberFormat.toE164(input, field);
    }
}
