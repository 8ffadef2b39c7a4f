package org.onenumber.switching.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import java.util.List;
import org.onenumber.switchadapter.api.SwitchEventListener;
import org.onenumber.switchadapter.wire.Event;
import org.onenumber.switching.control.SwitchReports;

/**
 * Receives the switch's events through the adapter (one subscription, events in seq order) and records
 * registrations, call states and usage in one transaction per delivery (the events that arrived together), their rows
 * written before the call returns; the adapter acknowledges them to the switch only after it returned.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "onenumber-switch"),
    @ActivationConfigProperty(propertyName = "host", propertyValue = "${MPCONFIG=onenumber.switch.host}"),
    @ActivationConfigProperty(propertyName = "port", propertyValue = "${MPCONFIG=onenumber.switch.port}"),
    @ActivationConfigProperty(propertyName = "tls", propertyValue = "${MPCONFIG=onenumber.switch.tls}"),
    @ActivationConfigProperty(propertyName = "user", propertyValue = "${MPCONFIG=onenumber.switch.user}"),
    @ActivationConfigProperty(propertyName = "password", propertyValue = "${MPCONFIG=onenumber.switch.password}")
})
public class SwitchEventReceiver implements SwitchEventListener {

    @Inject
    SwitchReports reports;

    @Override
    public void onSwitchEvents(List<Event> events) {
        reports.record(events);
    }
}
