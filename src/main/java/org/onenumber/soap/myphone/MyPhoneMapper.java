package org.onenumber.soap.myphone;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import org.onenumber.account.entity.UserNumber;
import org.onenumber.account.entity.UserNumberDetails;
import org.onenumber.anywhere.entity.AlternateNumber;
import org.onenumber.anywhere.entity.OfficeAnywhereUser;
import org.onenumber.mobility.boundary.MobileAppChoices;
import org.onenumber.mobility.boundary.MobileAppView;
import org.onenumber.mobility.entity.MobileAppSettings;
import org.onenumber.myphone.entity.AccountCallDefaults;
import org.onenumber.myphone.entity.CallChoices;
import org.onenumber.myphone.entity.CallSettings;
import org.onenumber.myphone.entity.CallTimers;
import org.onenumber.myphone.entity.CustomDevice;
import org.onenumber.myphone.entity.DeviceChoices;
import org.onenumber.myphone.entity.PreferredDevice;
import org.onenumber.myphone.entity.RoutingRule;
import org.onenumber.myphone.entity.RuleChoices;
import org.onenumber.myphone.entity.RuleTarget;
import org.onenumber.myphone.entity.RulesProfile;
import org.onenumber.platform.control.InvalidInputException;
import org.onenumber.switchadapter.wire.MobileApp;
import org.onenumber.ws.v1.AddRoutingRule;
import org.onenumber.ws.v1.MobileAppChange;
import org.onenumber.ws.v1.ModifyCallSettings;
import org.onenumber.ws.v1.ModifyCallTimers;
import org.onenumber.ws.v1.ModifyCustomDevice;
import org.onenumber.ws.v1.ModifyUserNumber;
import org.onenumber.ws.v1.SimRingNumber;

/**
 * My Phone between the contract's JAXB types and the capabilities' entities and choices. A Modify request's absent
 * elements keep the stored values, so each merge here starts from what is stored.
 */
final class MyPhoneMapper {

    /** What GetUserFeatures gathers from the capabilities, each read by its own boundary. */
    record Features(long userId, List<UserNumber> numbers, MobileAppView mobileApp, Optional<OfficeAnywhereUser> anywhere,
                    CallSettings calls, List<CustomDevice> devices, List<RulesProfile> profiles,
                    AccountCallDefaults timers, long accountId) {
    }

    private MyPhoneMapper() {
    }

    static org.onenumber.ws.v1.CallSettings settings(long userId, CallSettings s) {
        var out = new org.onenumber.ws.v1.CallSettings();
        out.setUserId(userId);
        out.setVersion(s.getVersion());
        out.setPreferredDevice(org.onenumber.ws.v1.PreferredDevice.valueOf(s.getPreferredDevice().name()));
        out.setCustomDevice(s.getCustomDevice() == null ? null : s.getCustomDevice().getName());
        out.setCustomNumber(s.getCustomNumber());
        out.setRingNoAnswerSeconds(s.getRingNoAnswerSeconds());
        out.setRouteToCell(s.isRouteToCell());
        out.setSimultaneousRing(s.isSimultaneousRing());
        out.setSimRingQuietWhenBusy(s.isSimRingQuietWhenBusy());
        s.getSimRingNumbers().forEach(n -> out.getSimRingNumber().add(simRing(n)));
        out.setForwardAll(s.getForwardAll());
        out.setForwardBusy(s.getForwardBusy());
        out.setForwardNoReply(s.getForwardNoReply());
        out.setNoReplySeconds(s.getNoReplySeconds());
        out.setDoNotDisturb(s.isDoNotDisturb());
        return out;
    }

    private static SimRingNumber simRing(org.onenumber.myphone.entity.SimRingNumber n) {
        var number = new SimRingNumber();
        number.setNumberId(n.getId());
        number.setNumber(n.getE164());
        number.setAnswerConfirmation(n.isAnswerConfirmation());
        return number;
    }

    /** The request's fields over the stored settings: an absent element stays, an empty number is off. */
    static CallChoices merge(ModifyCallSettings r, CallSettings s, List<CustomDevice> devices) {
        Long device = s.getCustomDevice() == null ? null : s.getCustomDevice().getId();
        if (r.getCustomDevice() != null) {
            device = devices.stream().filter(d -> d.getName().equalsIgnoreCase(r.getCustomDevice().strip())).findFirst()
                    .map(CustomDevice::getId)
                    .orElseThrow(() -> new InvalidInputException("customDevice", "No device of the user's is called \""
                            + r.getCustomDevice().strip() + "\"; add it first (AddCustomDevice)."));
        }
        return new CallChoices(
                r.getPreferredDevice() == null ? s.getPreferredDevice() : PreferredDevice.valueOf(r.getPreferredDevice().name()),
                device,
                r.isRouteToCell() == null ? s.isRouteToCell() : r.isRouteToCell(),
                r.isSimultaneousRing() == null ? s.isSimultaneousRing() : r.isSimultaneousRing(),
                r.isSimRingQuietWhenBusy() == null ? s.isSimRingQuietWhenBusy() : r.isSimRingQuietWhenBusy(),
                r.getForwardAll() == null ? s.getForwardAll() : r.getForwardAll(),
                r.getForwardBusy() == null ? s.getForwardBusy() : r.getForwardBusy(),
                r.getForwardNoReply() == null ? s.getForwardNoReply() : r.getForwardNoReply(),
                r.getNoReplySeconds() == null ? s.getNoReplySeconds() : r.getNoReplySeconds(),
                r.isDoNotDisturb() == null ? s.isDoNotDisturb() : r.isDoNotDisturb());
    }

    static org.onenumber.ws.v1.UserFeatures features(Features f) {
        var out = new org.onenumber.ws.v1.UserFeatures();
        out.setUserId(f.userId());
        f.numbers().forEach(n -> out.getUserNumber().add(number(n)));
        out.setMobileApp(mobileApp(f.mobileApp()));
        var anywhere = new org.onenumber.ws.v1.OfficeAnywhereFeature();
        anywhere.setOn(f.anywhere().isPresent());
        f.anywhere().ifPresent(a -> a.getNumbers().forEach(n -> anywhere.getAlternateNumber().add(alternate(n))));
        out.setOfficeAnywhere(anywhere);
        var simRing = new org.onenumber.ws.v1.SimultaneousRing();
        simRing.setOn(f.calls().isSimultaneousRing());
        f.calls().getSimRingNumbers().forEach(n -> simRing.getSimRingNumber().add(simRing(n)));
        out.setSimultaneousRing(simRing);
        f.devices().forEach(d -> out.getCustomDevice().add(device(d)));
        f.profiles().forEach(p -> out.getRulesProfile().add(profile(p)));
        out.setCallTimers(timers(f.accountId(), f.timers()));
        return out;
    }

    static org.onenumber.ws.v1.UserNumber number(UserNumber n) {
        var out = new org.onenumber.ws.v1.UserNumber();
        out.setNumberId(n.getId());
        out.setVersion(n.getVersion());
        out.setKind(org.onenumber.ws.v1.UserNumberKind.valueOf(n.getKind().name()));
        out.setNumber(n.getE164());
        out.setLabel(n.getLabel());
        return out;
    }

    static UserNumberDetails number(org.onenumber.ws.v1.UserNumberKind kind, String number, String label) {
        return new UserNumberDetails(kind == null ? null : UserNumber.Kind.valueOf(kind.name()), number, label);
    }

    static UserNumberDetails merge(ModifyUserNumber r, UserNumber stored) {
        return new UserNumberDetails(r.getKind() == null ? stored.getKind() : UserNumber.Kind.valueOf(r.getKind().name()),
                r.getNumber() == null ? stored.getE164() : r.getNumber(),
                r.getLabel() == null ? stored.getLabel() : r.getLabel());
    }

    private static org.onenumber.ws.v1.MobileApp mobileApp(MobileAppView view) {
        var out = new org.onenumber.ws.v1.MobileApp();
        out.setEnabledByAdmin(view.enabledByAdmin());
        out.setAddOnActive(view.addOnActive());
        out.setOn(view.on());
        out.setVersion(view.version());
        MobileAppSettings s = view.settings();
        if (s != null) {
            out.setNumberId(s.getNumber().getId());
            out.setNumber(s.getNumber().getE164());
            out.setAlertClickToDial(s.isAlertClickToDial());
            out.setPhonesToRing(org.onenumber.ws.v1.PhonesToRing.valueOf(s.getPhonesToRing().name()));
            out.setAnswerConfirmation(s.isAnswerConfirmation());
            out.setOutboundMode(org.onenumber.ws.v1.OutboundMode.valueOf(s.getOutboundMode().name()));
        }
        if (view.enabledByAdmin()) {
            out.setClientUserName(view.clientUserName());
            out.setServerAddress(view.serverAddress());
            out.setQrContent(view.qrContent());
        }
        out.setAskWhom(view.askWhom());
        return out;
    }

    /** The change over what is stored: absent settings keep the stored ones, or the defaults while it is off. */
    static MobileAppChoices merge(MobileAppChange r, MobileAppSettings stored) {
        MobileApp base = stored == null ? MobileApp.DEFAULTS : stored.settings();
        return new MobileAppChoices(
                r.getNumberId() != null ? r.getNumberId() : stored == null ? null : stored.getNumber().getId(),
                r.isAlertClickToDial() == null ? base.alertClickToDial() : r.isAlertClickToDial(),
                r.getPhonesToRing() == null ? base.phonesToRing() : MobileApp.PhonesToRing.valueOf(r.getPhonesToRing().name()),
                r.isAnswerConfirmation() == null ? base.answerConfirmation() : r.isAnswerConfirmation(),
                r.getOutboundMode() == null ? base.outboundMode() : MobileApp.OutboundMode.valueOf(r.getOutboundMode().name()));
    }

    private static org.onenumber.ws.v1.AlternateNumber alternate(AlternateNumber number) {
        var out = new org.onenumber.ws.v1.AlternateNumber();
        out.setNumberId(number.getId());
        out.setVersion(number.getVersion());
        out.setNumber(number.getE164());
        out.setKind(org.onenumber.ws.v1.NumberKind.valueOf(number.getKind().name()));
        out.setDescription(number.getDescription());
        out.setActive(number.isActive());
        return out;
    }

    static org.onenumber.ws.v1.CustomDevice device(CustomDevice d) {
        var out = new org.onenumber.ws.v1.CustomDevice();
        out.setDeviceId(d.getId());
        out.setVersion(d.getVersion());
        out.setName(d.getName());
        out.setNumber(d.getE164());
        out.setRingSeconds(d.getRingSeconds());
        return out;
    }

    static DeviceChoices merge(ModifyCustomDevice r, CustomDevice stored) {
        return new DeviceChoices(r.getName() == null ? stored.getName() : r.getName(),
                r.getNumber() == null ? stored.getE164() : r.getNumber(),
                r.getRingSeconds() == null ? stored.getRingSeconds() : r.getRingSeconds());
    }

    static org.onenumber.ws.v1.RulesProfile profile(RulesProfile p) {
        var out = new org.onenumber.ws.v1.RulesProfile();
        out.setProfileId(p.getId());
        out.setVersion(p.getVersion());
        out.setName(p.getName());
        out.setActive(p.isActive());
        p.getRules().forEach(r -> out.getRule().add(rule(r)));
        return out;
    }

    static org.onenumber.ws.v1.RoutingRule rule(RoutingRule r) {
        var out = new org.onenumber.ws.v1.RoutingRule();
        out.setRuleId(r.getId());
        out.setName(r.getName());
        out.getCaller().addAll(r.callerList());
        r.daySet().stream().sorted().forEach(d -> out.getDay().add(org.onenumber.ws.v1.DayOfWeek.valueOf(d.name())));
        out.setFrom(r.from() == null ? null : r.from().toString());
        out.setUntil(r.until() == null ? null : r.until().toString());
        out.setTarget(org.onenumber.ws.v1.RuleTarget.valueOf(r.getTarget().name()));
        out.setNumber(r.getE164());
        return out;
    }

    static RuleChoices rule(AddRoutingRule r) {
        return new RuleChoices(r.getName(), r.getCaller(),
                r.getDay().stream().map(d -> DayOfWeek.valueOf(d.name())).collect(java.util.stream.Collectors.toSet()),
                r.getFrom(), r.getUntil(), r.getTarget() == null ? null : RuleTarget.valueOf(r.getTarget().name()),
                r.getNumber());
    }

    static org.onenumber.ws.v1.CallTimers timers(long accountId, AccountCallDefaults d) {
        var out = new org.onenumber.ws.v1.CallTimers();
        out.setAccountId(accountId);
        out.setVersion(d.getVersion());
        out.setWifiSeconds(d.getWifiSeconds());
        out.setDeskSeconds(d.getDeskSeconds());
        out.setCellSeconds(d.getCellSeconds());
        out.setNoReplySeconds(d.getNoReplySeconds());
        return out;
    }

    static CallTimers merge(ModifyCallTimers r, AccountCallDefaults d) {
        return new CallTimers(r.getWifiSeconds() == null ? d.getWifiSeconds() : r.getWifiSeconds(),
                r.getDeskSeconds() == null ? d.getDeskSeconds() : r.getDeskSeconds(),
                r.getCellSeconds() == null ? d.getCellSeconds() : r.getCellSeconds(),
                r.getNoReplySeconds() == null ? d.getNoReplySeconds() : r.getNoReplySeconds());
    }
}
