package org.onenumber.web.myphone;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.onenumber.myphone.boundary.MyDevices;
import org.onenumber.myphone.boundary.MyRules;
import org.onenumber.myphone.entity.CustomDevice;
import org.onenumber.myphone.entity.DeviceChoices;
import org.onenumber.myphone.entity.RoutingRule;
import org.onenumber.myphone.entity.RuleChoices;
import org.onenumber.myphone.entity.RuleTarget;
import org.onenumber.myphone.entity.RulesProfile;
import org.onenumber.security.control.Caller;
import org.onenumber.web.Messages;

/**
 * myphone/devices.xhtml: the user's own devices (a name, a number, how long it rings) and rules profiles (named sets
 * of rules; one active at a time).
 */
@Named
@ViewScoped
public class MyDevicesBacking implements Serializable {

    @Inject
    Caller caller;

    @Inject
    MyDevices devices;

    @Inject
    MyRules rules;

    private long userId;
    private List<CustomDevice> deviceList;
    private List<RulesProfile> profiles;
    private Long editingDevice;
    private long editingVersion;
    private String deviceName;
    private String deviceNumber;
    private int ringSeconds = 15;
    private String profileName;
    private Long activeProfile;
    private Long ruleProfile;
    private String ruleName;
    private String ruleCallers;
    private List<String> ruleDays = new ArrayList<>();
    private String ruleFrom;
    private String ruleUntil;
    private RuleTarget ruleTarget = RuleTarget.CELL;
    private String ruleNumber;

    @PostConstruct
    void init() {
        userId = caller.login().getUserId();
        load();
    }

    private void load() {
        deviceList = devices.of(userId);
        profiles = rules.of(userId);
        activeProfile = profiles.stream().filter(RulesProfile::isActive).map(RulesProfile::getId).findFirst().orElse(null);
        if (ruleProfile == null && !profiles.isEmpty()) {
            ruleProfile = profiles.get(0).getId();
        }
    }

    public void saveDevice() {
        DeviceChoices choices = new DeviceChoices(deviceName, deviceNumber, ringSeconds);
        boolean done = editingDevice == null
                ? Messages.run("device", () -> devices.add(userId, choices), "Saved: " + deviceName + " is one of your devices.")
                : Messages.run("device", () -> devices.modify(userId, editingDevice, editingVersion, choices),
                        "Saved. The switch takes your change within a few seconds.");
        if (done) {
            cancelDevice();
            load();
        }
    }

    public void editDevice(CustomDevice device) {
        editingDevice = device.getId();
        editingVersion = device.getVersion();
        deviceName = device.getName();
        deviceNumber = device.getDisplay();
        ringSeconds = device.getRingSeconds();
    }

    public void cancelDevice() {
        editingDevice = null;
        deviceName = null;
        deviceNumber = null;
        ringSeconds = 15;
    }

    public void removeDevice(CustomDevice device) {
        if (Messages.run("devices", () -> devices.remove(userId, device.getId()), device.getName() + " is deleted.")) {
            load();
        }
    }

    public void addProfile() {
        if (Messages.run("profile", () -> rules.addProfile(userId, profileName), "Saved: profile " + profileName + ".")) {
            profileName = null;
            ruleProfile = null;
            load();
        }
    }

    public void activate() {
        if (Messages.run("profiles", () -> rules.activate(userId, activeProfile), activeProfile == null
                ? "No rules profile is active: calls follow your preferred device."
                : "Saved: the profile is active. The switch takes your change within a few seconds.")) {
            load();
        }
    }

    public void removeProfile(RulesProfile profile) {
        if (Messages.run("profiles", () -> rules.removeProfile(userId, profile.getId()), profile.getName() + " is deleted.")) {
            ruleProfile = null;
            load();
        }
    }

    public void addRule() {
        if (ruleProfile == null) {
            Messages.field("rule:ruleProfile", "Add a profile first.");
            return;
        }
        List<String> callers = ruleCallers == null ? List.of()
                : Arrays.stream(ruleCallers.split("[,;]")).map(String::strip).filter(c -> !c.isEmpty()).toList();
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        ruleDays.forEach(d -> days.add(DayOfWeek.valueOf(d)));
        RuleChoices choices = new RuleChoices(ruleName, callers, days, ruleFrom, ruleUntil, ruleTarget, ruleNumber);
        if (Messages.run("rule", () -> rules.addRule(userId, ruleProfile, choices), "Saved: rule " + ruleName + ".")) {
            ruleName = null;
            ruleCallers = null;
            ruleDays = new ArrayList<>();
            ruleFrom = null;
            ruleUntil = null;
            ruleNumber = null;
            load();
        }
    }

    public void removeRule(RulesProfile profile, RoutingRule rule) {
        if (Messages.run("profiles", () -> rules.removeRule(userId, profile.getId(), rule.getId()), "The rule is deleted.")) {
            load();
        }
    }

    public List<jakarta.faces.model.SelectItem> getDayChoices() {
        return Arrays.stream(DayOfWeek.values()).map(d -> new jakarta.faces.model.SelectItem(d.name(),
                d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))).toList();
    }

    public RuleTarget[] getTargets() {
        return RuleTarget.values();
    }

    public List<CustomDevice> getDeviceList() {
        return deviceList;
    }

    public List<RulesProfile> getProfiles() {
        return profiles;
    }

    public boolean isEditingDevice() {
        return editingDevice != null;
    }

    public String getDeviceName() {
        return deviceName;
    }

    public void setDeviceName(String deviceName) {
        this.deviceName = deviceName;
    }

    public String getDeviceNumber() {
        return deviceNumber;
    }

    public void setDeviceNumber(String deviceNumber) {
        this.deviceNumber = deviceNumber;
    }

    public int getRingSeconds() {
        return ringSeconds;
    }

    public void setRingSeconds(int ringSeconds) {
        this.ringSeconds = ringSeconds;
    }

    public String getProfileName() {
        return profileName;
    }

    public void setProfileName(String profileName) {
        this.profileName = profileName;
    }

    public Long getActiveProfile() {
        return activeProfile;
    }

    public void setActiveProfile(Long activeProfile) {
        this.activeProfile = activeProfile;
    }

    public Long getRuleProfile() {
        return ruleProfile;
    }

    public void setRuleProfile(Long ruleProfile) {
        this.ruleProfile = ruleProfile;
    }

    public String getRuleName() {
        return ruleName;
    }

    public void setRuleName(String ruleName) {
        this.ruleName = ruleName;
    }

    public String getRuleCallers() {
        return ruleCallers;
    }

    public void setRuleCallers(String ruleCallers) {
        this.ruleCallers = ruleCallers;
    }

    public List<String> getRuleDays() {
        return ruleDays;
    }

    public void setRuleDays(List<String> ruleDays) {
        this.ruleDays = ruleDays;
    }

    public String getRuleFrom() {
        return ruleFrom;
    }

    public void setRuleFrom(String ruleFrom) {
        this.ruleFrom = ruleFrom;
    }

    public String getRuleUntil() {
        return ruleUntil;
    }

    public void setRuleUntil(String ruleUntil) {
        this.ruleUntil = ruleUntil;
    }

    public RuleTarget getRuleTarget() {
        return ruleTarget;
    }

    public void setRuleTarget(RuleTarget ruleTarget) {
        this.ruleTarget = ruleTarget;
    }

    public String getRuleNumber() {
        return ruleNumber;
    }

    public void setRuleNumber(String ruleNumber) {
        this.ruleNumber = ruleNumber;
    }
}
