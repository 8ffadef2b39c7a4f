package org.onenumber.switching.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.onenumber.switchadapter.wire.CallForwarding;
import org.onenumber.switchadapter.wire.Endpoint;
import org.onenumber.switchadapter.wire.MobileApp;
import org.onenumber.switchadapter.wire.RingTimers;
import org.onenumber.switchadapter.wire.RingSettings;
import org.onenumber.switchadapter.wire.SubscriberState;

/**
 * A station's desired state while contributors fill it in. The station's owner makes it present; a draft
 * nobody made present is a station that is gone, and the switch is told to remove it. Endpoints come out in
 * one order (kind, then address) whoever added them, so equal states compare equal.
 */
public final class SubscriberDraft {

    private boolean present;
    private String businessNumber;
    private String extension;
    private String displayName;
    private final List<Endpoint> endpoints = new ArrayList<>();
    private RingSettings ring;
    private CallForwarding forwarding;
    private boolean doNotDisturb;
    private boolean voicemail;
    private boolean mobilityEnabled;
    private String mobilityExtension;
    private boolean video;
    private String account;
    private String site;
    private RingSettings personalRing;
    private CallForwarding personalForwarding;
    private boolean personalDoNotDisturb;
    private RingTimers timers = RingTimers.DEFAULTS;
    private MobileApp mobileApp;
    private String pinDigest;

    /** The station exists, with its number (or null), extension and the user's name (its owner says so). */
    public SubscriberDraft station(String businessNumber, String extension, String displayName) {
        this.present = true;
        this.businessNumber = businessNumber;
        this.extension = extension;
        this.displayName = displayName;
        return this;
    }

    /** Where the station belongs, by the switch's keys: portals serve their account's or their site's users. */
    public SubscriberDraft place(String account, String site) {
        this.account = account;
        this.site = site;
        return this;
    }

    public SubscriberDraft endpoint(Endpoint.Kind kind, String address) {
        endpoints.add(new Endpoint(kind, address));
        return this;
    }

    public SubscriberDraft routing(RingSettings ring, CallForwarding forwarding, boolean doNotDisturb, boolean voicemail) {
        this.ring = ring;
        this.forwarding = forwarding;
        this.doNotDisturb = doNotDisturb;
        this.voicemail = voicemail;
        return this;
    }

    /**
     * The user's own choices (My Phone): where calls ring, forwarding, Do Not Disturb. They win over the station's
     * defaults whichever contributor runs first.
     */
    public SubscriberDraft personalRouting(RingSettings ring, CallForwarding forwarding, boolean doNotDisturb) {
        this.personalRing = ring;
        this.personalForwarding = forwarding;
        this.personalDoNotDisturb = doNotDisturb;
        return this;
    }

    /** How long Auto-Pilot rings each kind of device: the account's timers, whoever gave the routing. */
    public SubscriberDraft ringTimers(RingTimers accountTimers) {
        this.timers = accountTimers;
        return this;
    }

    /** The user turned the Mobile App (the Mobility feature) on with these settings; its number is a CELL endpoint. */
    public SubscriberDraft mobileApp(MobileApp settings) {
        this.mobileApp = settings;
        return this;
    }

    /** The phone PIN (the mobile client's password too) as its digest. */
    public SubscriberDraft pin(String digest) {
        this.pinDigest = digest;
        return this;
    }

    public SubscriberDraft mobility(String mobilityExtension, boolean video) {
        this.mobilityEnabled = true;
        this.mobilityExtension = mobilityExtension;
        this.video = video;
        return this;
    }

    public boolean present() {
        return present;
    }

    public SubscriberState build() {
        if (!present || ring == null || forwarding == null) {
            throw new IllegalStateException("A station's owner gives it its number, extension and routing first");
        }
        List<Endpoint> sorted = endpoints.stream()
                .sorted(Comparator.comparing(Endpoint::kind).thenComparing(Endpoint::address)).toList();
        boolean personal = personalRing != null;
        return new SubscriberState(businessNumber, extension, displayName, mobilityEnabled, sorted,
                (personal ? personalRing : ring).withTimers(timers), personal ? personalForwarding : forwarding,
                personal ? personalDoNotDisturb : doNotDisturb, voicemail,
                mobilityExtension, video, account, site, mobileApp, pinDigest);
    }
}
