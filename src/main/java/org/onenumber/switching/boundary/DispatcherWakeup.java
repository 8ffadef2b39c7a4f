package org.onenumber.switching.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.onenumber.switching.control.CommandsWritten;

/**
 * Wakes the switch dispatcher when a transaction that wrote desired state committed. It is a plain CDI bean rather
 * than an observer method on the dispatcher: a change committed while the dispatcher's own startup dependencies
 * initialise (the demo data, written in the database singleton's start-up) would otherwise be a call into a singleton
 * that is not ready, which the EJB container refuses with an exception per commit. Until the dispatcher registers,
 * a wake-up does nothing: its first round picks up whatever was written.
 */
@ApplicationScoped
public class DispatcherWakeup {

    private static final Runnable NOBODY = () -> { };
    private volatile Runnable wake = NOBODY;

    void wakeWith(Runnable wake) {
        this.wake = wake;
    }

    void clear() {
        wake = NOBODY;
    }

    void onCommandsWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) CommandsWritten written) {
        wake.run();
    }
}
