package org.onenumber.web;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;

/**
 * What a page request that fails becomes, ajax or not, instead of the bare answer Faces gives (an ajax error that
 * PrimeFaces ignores, or the container's 500):
 * <ul>
 * <li>support asking for an account page before opening an account goes to the account list, which says why;</li>
 * <li>an expired view goes to expired.xhtml, which leads back to the page;</li>
 * <li>any other failure of an ajax request goes to error.xhtml with a reference logged with the stack trace. A
 * full page request's failure is left to the container, whose error page (error.xhtml again) logs it.</li>
 * </ul>
 * OmniFaces' FullAjaxExceptionHandler does more of this; it is not among the libraries the build can reach.
 */
public class PageExceptionHandler extends ExceptionHandlerWrapper {

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new PageExceptionHandler(getWrapped().getExceptionHandler());
        }
    }

    static final String ACCOUNTS = "/admin/support/accounts.xhtml?choose=account";

    public PageExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        if (faces != null && events.hasNext() && !faces.getExternalContext().isResponseCommitted()) {
            Throwable failure = events.next().getContext().getException();
            String target = target(faces, failure);
            if (target != null) {
                events.remove();
                while (events.hasNext()) {
                    events.next();
                    events.remove();
                }
                redirect(faces, target);
            }
        }
        getWrapped().handle();
    }

    private static String target(FacesContext faces, Throwable failure) {
        if (find(failure, NoAccountChosenException.class) != null) {
            return ACCOUNTS;
        }
        if (find(failure, ViewExpiredException.class) instanceof ViewExpiredException expired) {
            String page = expired.getViewId();
            return "/expired.xhtml" + (page == null ? "" : "?page=" + page);
        }
        if (faces.getPartialViewContext().isAjaxRequest()) {
            ExternalContext external = faces.getExternalContext();
            return "/error.xhtml?reference=" + ErrorReference.log("ajax POST " + external.getRequestServletPath(), unwrap(failure));
        }
        return null;
    }

    private static void redirect(FacesContext faces, String path) {
        ExternalContext external = faces.getExternalContext();
        String url = external.getRequestContextPath() + path;
        try {
            external.responseReset();
            if (faces.getPartialViewContext().isAjaxRequest()) {
                // written by hand: the partial response writer of the failed request may have begun its answer
                external.setResponseContentType("text/xml");
                external.setResponseCharacterEncoding("UTF-8");
                Writer writer = external.getResponseOutputWriter();
                writer.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + url.replace("&", "&amp;").replace("\"", "&quot;") + "\"></redirect></partial-response>");
                writer.flush();
            } else {
                external.redirect(url);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    private static Throwable find(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    /** The failure without the wrappers Faces and EL put around it. */
    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof FacesException || t instanceof ELException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
