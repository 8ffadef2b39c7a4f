package org.onenumber.platform.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/**
 * What the current request is: its channel and tracking id. Web requests are WEB unless told
 * otherwise; the SOAP layer sets SOAP and the client's tracking id before it calls a boundary.
 */
@RequestScoped
public class CallContext {

    private Channel channel = Channel.WEB;
    private String trackingId;

    public void enter(Channel channel, String trackingId) {
        this.channel = channel;
        this.trackingId = trackingId;
    }

    public Channel channel() {
        return channel;
    }

    public String trackingId() {
        if (trackingId == null) {
            trackingId = UUID.randomUUID().toString();
        }
        return trackingId;
    }
}
