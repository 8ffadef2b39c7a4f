package org.onenumber.web.account;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;
import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import org.onenumber.web.Messages;
import org.onenumber.web.Navigation;

/**
 * Keeps an account page's buttons on the account the page shows. Support opens one account at a time for the whole
 * session ({@link AdminContext}), so a page left open in one tab while another account was opened in a second tab
 * would act on the second account: a purchase of licenses made on the first tab's Devices page went to the account
 * of the other tab. Each account page remembers, in its view, the account it was drawn for; a form sent from it while
 * another account is open is not applied at all: the page is drawn again, for the account open now, saying so.
 * <p>
 * Support's own pages (the account list, routers, reconciliation, the mailbox) name the account of each action
 * themselves and are not concerned; nor is signing out, which acts on no account. Registered in faces-config.xml.
 */
public class AccountOfView implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** The view map's entry: the account the view was last drawn for. */
    static final String KEY = "onenumber.accountOfView";

    /** The parameter of the page drawn again after a refused form: the account the refused page showed. */
    static final String OTHER = "otherAccount";

    /** The account a view was drawn for. */
    record Shown(Long id) implements Serializable {
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (event.getPhaseId() == PhaseId.RESTORE_VIEW && faces.isPostback() && concerned(faces) && !accountFree(faces)
                && !signingOut(faces) && shown(faces) instanceof Shown shown) {
            Long open = CDI.current().select(AdminContext.class).get().getAccountId();
            if (!Objects.equals(shown.id(), open)) {
                // the message is made on the page drawn again, from its address: a kept message would travel in the
                // flash, which every tab shares and a second request of this page (an oncomplete's) could take
                Navigation.redirect(target(faces) + "?" + OTHER + "=" + shown.id());
                faces.responseComplete();
            }
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        // an account-free request (a poll) leaves the view as it was drawn: the page's forms still show that account
        if (event.getPhaseId() == PhaseId.RENDER_RESPONSE && !faces.getResponseComplete() && concerned(faces)
                && !(faces.isPostback() && accountFree(faces))) {
            AdminContext admin = CDI.current().select(AdminContext.class).get();
            Long open = admin.getAccountId();
            if (!faces.isPostback()) {
                explain(faces, admin, open);
            }
            Map<String, Object> view = faces.getViewRoot().getViewMap();
            if (open == null) {
                view.remove(KEY);
            } else {
                view.put(KEY, new Shown(open));
            }
        }
    }

    /** The page drawn again after a refused form says why. */
    private static void explain(FacesContext faces, AdminContext admin, Long open) {
        String other = faces.getExternalContext().getRequestParameterMap().get(OTHER);
        if (other == null || open == null || other.equals(String.valueOf(open))) {
            return;
        }
        String name = admin.nameOf(other);
        Messages.error("Nothing was changed: " + (name == null ? "the page showed another account" : "the page showed "
                + name) + ", and " + admin.getAccountName() + " has since been opened, in another tab or window. The page"
                + " now shows " + admin.getAccountName() + ".");
    }

    /**
     * A request that acts on no account and shows none: its component says so ({@code <f:attribute name="accountFree"
     * value="true"/>}), as the import page's progress poll, which reads the import by its id.
     */
    private static boolean accountFree(FacesContext faces) {
        String source = faces.getExternalContext().getRequestParameterMap().get("jakarta.faces.source");
        UIComponent component = source == null ? null : faces.getViewRoot().findComponent(source);
        return component != null && Boolean.parseBoolean(String.valueOf(component.getAttributes().get("accountFree")));
    }

    /** Sign out (the template's form "session", sent whole): it acts on no account, and must work from any tab. */
    private static boolean signingOut(FacesContext faces) {
        return faces.getExternalContext().getRequestParameterMap().containsKey("session");
    }

    /** What the view sent from was drawn for; null for a view drawn before this listener or for no account. */
    private static Object shown(FacesContext faces) {
        Map<String, Object> view = faces.getViewRoot().getViewMap(false);
        return view == null ? null : view.get(KEY);
    }

    /** The account pages: those under /admin/ but support's own. */
    private static boolean concerned(FacesContext faces) {
        String view = faces.getViewRoot() == null ? null : faces.getViewRoot().getViewId();
        return view != null && view.startsWith("/admin/") && !view.startsWith("/admin/support/")
                && faces.getExternalContext().getUserPrincipal() != null;
    }

    /** The page again; a page of one record (the user page, named by its id) gives way to the account's list. */
    private static String target(FacesContext faces) {
        String view = faces.getViewRoot().getViewId();
        return ViewMetadata.getViewParameters(faces.getViewRoot()).isEmpty() ? view : "/admin/users.xhtml";
    }
}
