package org.onenumber.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * error.xhtml and expired.xhtml. A failure the container forwards here is logged under a new reference; an
 * ajax failure arrives by redirect with the reference {@link PageExceptionHandler} already logged.
 */
@Named("errorPage")
@RequestScoped
public class ErrorPageBacking {

    private String reference;

    public String getReference() {
        if (reference == null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            String given = external.getRequestParameterMap().get("reference");
            if (failure != null) {
                reference = ErrorReference.log(request.getMethod() + " " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                        failure);
            } else {
                reference = ErrorReference.isReference(given) ? given : "";
            }
        }
        return reference;
    }

    /** Where "back" leads on expired.xhtml: the page whose view expired (an application path only), or the start. */
    public String getReturnPath() {
        String page = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("page");
        return page != null && page.matches("/[a-z][a-z0-9/-]*\\.xhtml") ? page : "/";
    }
}
