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

    /** Who, through what and under which tracking id a request acts, to be put back after a system call. */
    public record State(String systemPrincipal, Channel channel, String trackingId) {
    }

    /** Background work acting as a named system principal, not as a signed-in person; returns the state before. */
    public State enterAsSystem(String principal, Channel channel, String trackingId) {
        State before = new State(systemPrincipal, this.channel, this.trackingId);
        this.systemPrincipal = principal;
        enter(channel, trackingId);
        return before;
    }

    public void restore(State before) {
        systemPrincipal = before.systemPrincipal();
        channel = before.channel();
        trackingId = before.trackingId();
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
