package org.onenumber.switchadapter.wire;

import java.util.List;

/** A subscriber's endpoints, each with whether it is registered. */
public record RegistrationList(String subscriber, List<Registration> registrations) implements ResponseBody {

    public RegistrationList {
        registrations = List.copyOf(registrations);
    }

    public record Registration(Endpoint endpoint, boolean registered) {
    }
}
