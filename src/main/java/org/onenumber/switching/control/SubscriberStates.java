package org.onenumber.switching.control;

import java.util.ArrayList;
import java.util.List;
import org.onenumber.account.entity.Station;
import org.onenumber.account.entity.User;
import org.onenumber.mobility.entity.MobilityUser;
import org.onenumber.switchadapter.wire.CallForwarding;
import org.onenumber.switchadapter.wire.Endpoint;
import org.onenumber.switchadapter.wire.RingSettings;
import org.onenumber.switchadapter.wire.SubscriberState;

/** What the switch should hold for a user's station, derived from the database alone. */
public final class SubscriberStates {

    private SubscriberStates() {
    }

    /** The switch's key for a station: stable for the station's life, whatever its number or extension. */
    public static String key(Station station) {
        return "station-" + station.getId();
    }

    /**
     * @param mobileClients device identities of the mobile client licenses shared to the user's station
     * @param mobility      the user's Mobility settings, or null when Mobility is not enabled for them
     */
    public static SubscriberState of(User user, List<String> mobileClients, MobilityUser mobility) {
        Station station = user.getStation();
        List<Endpoint> endpoints = new ArrayList<>();
        if (station.getDeskPhone() != null) {
            endpoints.add(new Endpoint(Endpoint.Kind.DESK, station.getDeskPhone().getMacAddress()));
        }
        mobileClients.forEach(client -> endpoints.add(new Endpoint(Endpoint.Kind.MOBILE_CLIENT, client)));
        return new SubscriberState(
                station.getPhoneNumber() == null ? null : station.getPhoneNumber().getE164(),
                station.getExtension(),
                user.displayName(),
                mobility != null,
                endpoints,
                RingSettings.of(RingSettings.PreferredDevice.WORK_PHONE),
                CallForwarding.NONE,
                false,
                true,
                mobility == null ? null : mobility.getMobilityExtension(),
                mobility != null && mobility.isVideo());
    }
}
