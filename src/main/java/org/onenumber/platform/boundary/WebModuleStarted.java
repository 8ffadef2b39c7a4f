package org.onenumber.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Declared in web.xml without a mapping and loaded last (load-on-startup 100, after the SOAP and Faces
 * servlets): its init means the web module really started. Readiness waits for it, because the
 * database and the EJBs are ready a moment before Metro's servlet answers, and a client let in then
 * gets 404. Its init also starts the watch that logs the start-up banner once readiness is UP.
 */
public class WebModuleStarted extends HttpServlet {

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    @Inject
    ReadyBanner banner;

    @Override
    public void init() {
        STARTED.set(true);
        banner.announceWhenReady();
    }

    @Override
    public void destroy() {
        STARTED.set(false);
    }

    static boolean isStarted() {
        return STARTED.get();
    }
}
