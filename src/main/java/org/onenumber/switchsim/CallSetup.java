package org.onenumber.switchsim;

import java.util.EnumSet;
import java.util.Set;
import org.onenumber.switchadapter.wire.ActiveCall;
import org.onenumber.switchadapter.wire.Device;

/** A call a test or an operator places on the emulator, answered on {@code device}. */
public record CallSetup(String subscriber, String from, Device device, int parties, Set<ActiveCall.Flag> flags) {

    public CallSetup {
        if (parties < 2) {
            throw new IllegalArgumentException("A call has at least two parties");
        }
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(flags);
    }

    public static CallSetup of(String subscriber, String from, Device device) {
        return new CallSetup(subscriber, from, device, 2, Set.of());
    }

    public CallSetup withParties(int count) {
        return new CallSetup(subscriber, from, device, count, flags);
    }

    public CallSetup withFlags(ActiveCall.Flag first, ActiveCall.Flag... more) {
        Set<ActiveCall.Flag> all = EnumSet.of(first, more);
        all.addAll(flags);
        return new CallSetup(subscriber, from, device, parties, all);
    }
}
