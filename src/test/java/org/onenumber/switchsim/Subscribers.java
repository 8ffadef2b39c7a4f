package org.onenumber.switchsim;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.onenumber.switchadapter.wire.CallForwarding;
import org.onenumber.switchadapter.wire.Endpoint;
import org.onenumber.switchadapter.wire.MobileApp;
import org.onenumber.switchadapter.wire.RingSettings;
import org.onenumber.switchadapter.wire.SubscriberState;

/** Subscriber states for the tests: a station with a desk phone, a mobile client and a cell phone. */
final class Subscribers {

    static final String DESK_MAC = "00:10:49:1A:2B:3C";
    static final String CLIENT_ID = "FEBC00000027";
    static final String CELL = "+15615550199";
    /** Office Anywhere numbers: a wireless and a landline alternate phone. */
    static final String OA_WIRELESS = "+15615550188";
    static final String OA_LANDLINE = "+13055550177";
    static final String ACCOUNT = "account-42";
    static final String SITE = "site-7";

    private Subscribers() {
    }

    static SubscriberState station(String businessNumber) {
        return station(businessNumber, DESK_MAC, CLIENT_ID, CELL);
    }

    static SubscriberState station(String businessNumber, String mac, String clientId, String cell) {
        return new SubscriberState(businessNumber, "1001", "Ada Lovelace", true,
                List.of(new Endpoint(Endpoint.Kind.DESK, mac), new Endpoint(Endpoint.Kind.MOBILE_CLIENT, clientId),
                        new Endpoint(Endpoint.Kind.CELL, cell)),
                RingSettings.of(RingSettings.PreferredDevice.AUTO_PILOT), CallForwarding.NONE, false, true);
    }

    /**
     * An Office Anywhere user as the application sends one: no Mobility (Office Anywhere replaces it), a desk
     * phone, the Active alternate numbers, and the account and site the portals' scopes are checked against.
     */
    static SubscriberState officeAnywhere(String businessNumber, String mac, String account, String site,
            String... alternates) {
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.add(new Endpoint(Endpoint.Kind.DESK, mac));
        for (String number : alternates) {
            endpoints.add(new Endpoint(Endpoint.Kind.OFFICE_ANYWHERE, number));
        }
        return new SubscriberState(businessNumber, "1001", "Ada Lovelace", false, endpoints,
                RingSettings.of(RingSettings.PreferredDevice.WORK_PHONE), CallForwarding.NONE, false, true, null, false,
                account, site);
    }

    /** The station with the alternate numbers added to its endpoints. */
    static SubscriberState withOfficeAnywhere(SubscriberState s, String... alternates) {
        List<Endpoint> endpoints = new ArrayList<>(s.endpoints());
        for (String number : alternates) {
            endpoints.add(new Endpoint(Endpoint.Kind.OFFICE_ANYWHERE, number));
        }
        return new SubscriberState(s.businessNumber(), s.extension(), s.displayName(), s.mobilityEnabled(), endpoints,
                s.ring(), s.forwarding(), s.doNotDisturb(), s.voicemail(), s.mobilityExtension(), s.video(),
                s.account(), s.site(), s.mobileApp(), s.pinDigest());
    }

    static SubscriberState with(SubscriberState s, RingSettings ring) {
        return new SubscriberState(s.businessNumber(), s.extension(), s.displayName(), s.mobilityEnabled(),
                s.endpoints(), ring, s.forwarding(), s.doNotDisturb(), s.voicemail(), s.mobilityExtension(), s.video(),
                s.account(), s.site(), s.mobileApp(), s.pinDigest());
    }

    static SubscriberState with(SubscriberState s, CallForwarding forwarding) {
        return new SubscriberState(s.businessNumber(), s.extension(), s.displayName(), s.mobilityEnabled(),
                s.endpoints(), s.ring(), forwarding, s.doNotDisturb(), s.voicemail(), s.mobilityExtension(), s.video(),
                s.account(), s.site(), s.mobileApp(), s.pinDigest());
    }

    static SubscriberState withoutMobility(SubscriberState s) {
        return new SubscriberState(s.businessNumber(), s.extension(), s.displayName(), false, s.endpoints(), s.ring(),
                s.forwarding(), s.doNotDisturb(), s.voicemail(), s.mobilityExtension(), s.video(), s.account(),
                s.site(), s.mobileApp(), s.pinDigest());
    }

    static SubscriberState doNotDisturb(SubscriberState s) {
        return new SubscriberState(s.businessNumber(), s.extension(), s.displayName(), s.mobilityEnabled(),
                s.endpoints(), s.ring(), s.forwarding(), true, s.voicemail(), s.mobilityExtension(), s.video(),
                s.account(), s.site(), s.mobileApp(), s.pinDigest());
    }

    static SubscriberState withoutVoicemail(SubscriberState s) {
        return new SubscriberState(s.businessNumber(), s.extension(), s.displayName(), s.mobilityEnabled(),
                s.endpoints(), s.ring(), s.forwarding(), s.doNotDisturb(), false, s.mobilityExtension(), s.video(),
                s.account(), s.site(), s.mobileApp(), s.pinDigest());
    }

    /** The station without its cell phone. */
    static SubscriberState withoutCell(SubscriberState s) {
        return withEndpoints(s, s.endpoints().stream().filter(e -> e.kind() != Endpoint.Kind.CELL).toList());
    }

    /** The station with another cell phone besides its own. */
    static SubscriberState withSecondCell(SubscriberState s, String cell) {
        List<Endpoint> endpoints = new ArrayList<>(s.endpoints());
        endpoints.add(new Endpoint(Endpoint.Kind.CELL, cell));
        return withEndpoints(s, endpoints);
    }

    /** The station without its mobile client. */
    static SubscriberState withoutMobileClient(SubscriberState s) {
        return withEndpoints(s, s.endpoints().stream().filter(e -> e.kind() != Endpoint.Kind.MOBILE_CLIENT).toList());
    }

    static SubscriberState withEndpoints(SubscriberState s, List<Endpoint> endpoints) {
        return new SubscriberState(s.businessNumber(), s.extension(), s.displayName(), s.mobilityEnabled(), endpoints,
                s.ring(), s.forwarding(), s.doNotDisturb(), s.voicemail(), s.mobilityExtension(), s.video(),
                s.account(), s.site(), s.mobileApp(), s.pinDigest());
    }

    /** The station with the Mobile App turned on and a PIN, given as its digest. */
    static SubscriberState withMobileApp(SubscriberState s, MobileApp app, String pinDigest) {
        return new SubscriberState(s.businessNumber(), s.extension(), s.displayName(), s.mobilityEnabled(),
                s.endpoints(), s.ring(), s.forwarding(), s.doNotDisturb(), s.voicemail(), s.mobilityExtension(),
                s.video(), s.account(), s.site(), app, pinDigest);
    }

    /**
     * A digest of {@code pin} as {@link org.onenumber.switchadapter.wire.PinDigest} writes it, with few iterations so
     * the tests stay quick; the switch reads the iterations from the digest.
     */
    static String quickPinDigest(String pin) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        try {
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(pin.toCharArray(), salt, 1000, 256)).getEncoded();
            return "pbkdf2-sha256$1000$" + Base64.getEncoder().encodeToString(salt) + "$"
                    + Base64.getEncoder().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same station placed in another account and site, as the portals' scopes see it. */
    static SubscriberState in(SubscriberState s, String account, String site) {
        return new SubscriberState(s.businessNumber(), s.extension(), s.displayName(), s.mobilityEnabled(),
                s.endpoints(), s.ring(), s.forwarding(), s.doNotDisturb(), s.voicemail(), s.mobilityExtension(),
                s.video(), account, site, s.mobileApp(), s.pinDigest());
    }
}
