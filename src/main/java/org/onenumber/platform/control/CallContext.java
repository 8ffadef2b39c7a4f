package org.onenumber.platform.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.UUID;

/**
 * What the current request is: who makes it, its channel and tracking id. Web requests are WEB unless told
 * otherwise; the SOAP layer sets SOAP and the client's tracking id before it calls a boundary; background
 * work names its system principal and its channel (BATCH, SWITCH) the same way.
 */
@RequestScoped
public class CallContext {

    @Inject
    SecurityContext security;

    private Channel channel = Channel.WEB;
    private String trackingId;
    private String systemPrincipal;

    public void enter(Channel channel, String trackingId) {
        this.channel = channel;
        this.trackingId = trackingId;
    }

    /** Background work acting as a named system principal, not as a signed-in person. */
    public void enterAsSystem(String principal, Channel channel, String trackingId) {
        this.systemPrincipal = principal;
        enter(channel, trackingId);
    }

    /** Who is acting: the system principal, or the signed-in login's name. */
    public String principal() {
        if (systemPrincipal != null) {
            return systemPrincipal;
        }
        Principal principal = security.getCallerPrincipal();
        return principal == null ? "anonymous" : principal.getName();
    }

    public boolean isSystem() {
        return systemPrincipal != null;
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
