package org.onenumber.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIMessage;
import jakarta.faces.context.FacesContext;
import org.onenumber.platform.control.BusinessException;
import org.onenumber.platform.control.InvalidInputException;
import org.onenumber.platform.control.LockTimeout;
import org.onenumber.platform.control.RaceLost;

/**
 * The one place where business failures become page messages. A failure that names a field is shown
 * beside the input whose id is that field's name (dots become underscores), inside the given form.
 */
public final class Messages {

    private Messages() {
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public static void field(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    /**
     * Runs one field's rule as the user leaves the field: its refusal beside the field, so the words are the ones the
     * boundary gives on Save (the rule lives in the entity, not in the page).
     */
    public static void check(String clientId, Runnable rule) {
        try {
            rule.run();
        } catch (BusinessException refused) {
            field(clientId, refused.getMessage());
        }
    }

    static final String CONTENTION = "Nothing was saved: other work was changing these records at the same moment."
            + " Try again in a moment.";
    static final String RACE = "Nothing was saved: other work changed these records at the same moment."
            + " Reload the page to see them as they are now, then try again. If it happens again, give support the"
            + " reference %s.";

    /**
     * Shows the failure beside its field in {@code formId}, or at the top when no such input exists; records another
     * transaction held past the lock timeout, or changed or took at the same moment, at the top too. Anything else goes
     * on to the error page.
     */
    public static void show(String formId, RuntimeException failure) {
        BusinessException business = unwrap(failure);
        FacesContext faces = FacesContext.getCurrentInstance();
        if (business == null && LockTimeout.causes(failure)) {
            // rolled back whole: the page stays as it was sent, what was typed with it, instead of the error page
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, CONTENTION, null));
            faces.validationFailed();
            return;
        }
        if (business == null && RaceLost.causes(failure)) {
            // rolled back whole as well; logged with a reference, as the same states also come of a defect that a
            // second try meets again (a row still referred to), which support then finds
            String reference = ErrorReference.log(java.util.logging.Level.WARNING, "a change on a page lost a race",
                    failure);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, RACE.formatted(reference), null));
            faces.validationFailed();
            return;
        }
        if (business == null) {
            throw failure;
        }
        if (business instanceof InvalidInputException invalid && invalid.fields().size() > 1) {
            // every field's complaint at once, each beside its field
            invalid.fields().forEach((field, text) -> faces.addMessage(clientId(faces, formId, field),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null)));
        } else {
            faces.addMessage(clientId(faces, formId, business.field()),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, business.getMessage(), null));
        }
        faces.validationFailed();
    }

    /** The input in {@code formId} named as {@code field}, or null (a message at the top) when there is none. */
    private static String clientId(FacesContext faces, String formId, String field) {
        if (field == null) {
            return null;
        }
        String candidate = formId + ":" + field.replace('.', '_');
        UIComponent found = faces.getViewRoot().findComponent(candidate);
        if (found instanceof UIMessage message && message.getFor() != null) {
            // the field's message element named as the field (My calls' customDevice): what it shows is its input's
            String input = formId + ":" + message.getFor();
            return faces.getViewRoot().findComponent(input) == null ? null : input;
        }
        return found == null ? null : candidate;
    }

    /**
     * Runs a page's action: shows {@code done} (if any) when it succeeds, the business failure as {@link #show} does
     * when it fails.
     *
     * @return whether it succeeded
     */
    public static boolean run(String formId, Runnable action, String done) {
        try {
            action.run();
        } catch (RuntimeException e) {
            show(formId, e);
            return false;
        }
        if (done != null) {
            info(done);
        }
        return true;
    }

    public static BusinessException unwrap(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BusinessException business) {
                return business;
            }
        }
        return null;
    }
}
