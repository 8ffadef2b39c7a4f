package org.onenumber.switchadapter.wire;

import java.util.List;

/**
 * What the switch needs to route calls for one station: the business number callers dial, the devices
 * that may ring and how. Always sent whole, never as a patch, so a replay cannot leave a mix of two states.
 * {@code account} ("account-&lt;id&gt;") and {@code site} ("site-&lt;id&gt;") are the switch's keys of the
 * station's account and site, null when not known; the switch needs them to tell which Office Anywhere
 * portals (company-wide or for one site) the subscriber may call through. {@code mobileApp} is the Mobility feature
 * as the user turned it on (null while off); {@code pinDigest} is the phone PIN, which is also the mobile client's
 * password, as a salted PBKDF2 digest ({@code pbkdf2-sha256$iterations$salt$hash}, Base64), null while none is set.
 */
public record SubscriberState(
        String businessNumber,
        String extension,
        String displayName,
        boolean mobilityEnabled,
        List<Endpoint> endpoints,
        RingSettings ring,
        CallForwarding forwarding,
        boolean doNotDisturb,
        boolean voicemail,
        String mobilityExtension,
        boolean video,
        String account,
        String site,
        MobileApp mobileApp,
        String pinDigest) {

    public SubscriberState {
        endpoints = List.copyOf(endpoints);
    }

    /** A subscriber whose user has not turned the Mobile App on and has no PIN. */
    public SubscriberState(String businessNumber, String extension, String displayName, boolean mobilityEnabled,
                           List<Endpoint> endpoints, RingSettings ring, CallForwarding forwarding,
                           boolean doNotDisturb, boolean voicemail, String mobilityExtension, boolean video,
                           String account, String site) {
        this(businessNumber, extension, displayName, mobilityEnabled, endpoints, ring, forwarding, doNotDisturb,
                voicemail, mobilityExtension, video, account, site, null, null);
    }

    /** A subscriber without Mobility settings (no mobility extension, no video). */
    public SubscriberState(String businessNumber, String extension, String displayName, boolean mobilityEnabled,
                           List<Endpoint> endpoints, RingSettings ring, CallForwarding forwarding,
                           boolean doNotDisturb, boolean voicemail) {
        this(businessNumber, extension, displayName, mobilityEnabled, endpoints, ring, forwarding, doNotDisturb,
                voicemail, null, false);
    }

    /** A subscriber whose account and site the switch is not told. */
    public SubscriberState(String businessNumber, String extension, String displayName, boolean mobilityEnabled,
                           List<Endpoint> endpoints, RingSettings ring, CallForwarding forwarding,
                           boolean doNotDisturb, boolean voicemail, String mobilityExtension, boolean video) {
        this(businessNumber, extension, displayName, mobilityEnabled, endpoints, ring, forwarding, doNotDisturb,
                voicemail, mobilityExtension, video, null, null);
    }

    public List<Endpoint> endpoints(Endpoint.Kind kind) {
        return endpoints.stream().filter(e -> e.kind() == kind).toList();
    }
}
