package org.onenumber.audit.control;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;
import org.onenumber.platform.entity.Tracked;

/**
 * Puts the {@link ChangeLog} on every entity that is {@link Tracked} and gives the session its inserts (named in
 * META-INF/persistence.xml), so a new tracked entity needs no line anywhere.
 */
public class ChangeFeedCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        ChangeLog.register(session);
        ChangeLog log = new ChangeLog();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (Tracked.class.isAssignableFrom(descriptor.getJavaClass())
                    && descriptor.getEventManager().getEventListeners().stream().noneMatch(ChangeLog.class::isInstance)) {
                descriptor.getEventManager().addListener(log);
            }
        }
    }
}
