package org.onenumber.switchsim;

import java.util.List;
import org.onenumber.switchadapter.wire.CallForwarding;
import org.onenumber.switchadapter.wire.Endpoint;
import org.onenumber.switchadapter.wire.RingSettings;
import org.onenumber.switchadapter.wire.SubscriberState;

/** Subscriber states for the tests: a station with a desk phone, a mobile client and a cell phone. */
final class Subscribers {

    static final String DESK_MAC = "00:10:49:1A:2B:3C";
    static final String CLIENT_ID = "FEBC00000027";
    static final String CELL = "+15615550199";

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

    static SubscriberState with(SubscriberState s, RingSettings ring) {
        return new SubscriberState(s.businessNumber(), s.extension(), s.displayName(), s.mobilityEnabled(),
                s.endpoints(), ring, s.forwarding(), s.doNotDisturb(), s.voicemail());
    }

    static SubscriberState with(SubscriberState s, CallForwarding forwarding) {
        return new SubscriberState(s.businessNumber(), s.extension(), s.displayName(), s.mobilityEnabled(),
                s.endpoints(), s.ring(), forwarding, s.doNotDisturb(), s.voicemail());
    }

    static SubscriberState withoutMobility(SubscriberState s) {
        return new SubscriberState(s.businessNumber(), s.extension(), s.displayName(), false, s.endpoints(), s.ring(),
                s.forwarding(), s.doNotDisturb(), s.voicemail());
    }

    static SubscriberState doNotDisturb(SubscriberState s) {
        return new SubscriberState(s.businessNumber(), s.extension(), s.displayName(), s.mobilityEnabled(),
                s.endpoints(), s.ring(), s.forwarding(), true, s.voicemail());
    }

    static SubscriberState withoutVoicemail(SubscriberState s) {
        return new SubscriberState(s.businessNumber(), s.extension(), s.displayName(), s.mobilityEnabled(),
                s.endpoints(), s.ring(), s.forwarding(), s.doNotDisturb(), false);
    }
}
