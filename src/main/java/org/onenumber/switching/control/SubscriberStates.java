package org.onenumber.switching.control;

import java.util.ArrayList;
import java.util.List;
import org.onenumber.account.entity.Station;
import org.onenumber.account.entity.User;
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

    public static SubscriberState of(User user) {
        Station station = user.getStation();
        List<Endpoint> endpoints = new ArrayList<>();
        if (station.getDeskPhone() != null) {
            endpoints.add(new Endpoint(Endpoint.Kind.DESK, station.getDeskPhone().getMacAddress()));
        }
        return new SubscriberState(
                station.getPhoneNumber() == null ? null : station.getPhoneNumber().getE164(),
                station.getExtension(),
                user.displayName(),
                false,
                endpoints,
                RingSettings.of(RingSettings.PreferredDevice.WORK_PHONE),
                CallForwarding.NONE,
                false,
                true);
    }
}
