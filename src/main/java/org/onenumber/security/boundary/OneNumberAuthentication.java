package org.onenumber.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Base64;
import org.onenumber.platform.boundary.ResponseDefences;
import org.onenumber.platform.control.CommonError;
import org.onenumber.platform.control.FaultEnvelope;
import org.onenumber.security.control.LoginThrottle;
import java.util.Set;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.onenumber.security.control.CredentialCache;
import org.onenumber.security.entity.AccessCode;
import org.onenumber.security.entity.Role;

/**
 * One mechanism for both channels (Jakarta Security 3 allows one per application):
 * <ul>
 * <li>{@code /ws/*}: HTTP Basic for the carrier's API logins and customer admins, stateless. Chosen over WS-Security UsernameToken because
 * every SOAP stack and HTTP tool speaks it, it is checked before any XML is parsed, and over HTTPS it
 * protects the password as well. Verified credentials are remembered for a minute (keyed by a hash
 * of the header, and only while the login's row is unchanged: {@link CredentialCache}) so that PBKDF2 is
 * not paid on every call.</li>
 * <li>pages: form login. The login page calls {@code SecurityContext.authenticate}; the caller is
 * then kept in the HTTP session (id renewed at login), and protected pages redirect to the login page.
 * When the login's account requires an access code, a right password only leaves a {@link PendingSignIn}
 * in the session (no role) and sends the browser to the access code page; the caller is kept, and roles
 * granted, once that page authenticates with the right {@link AccessCodeCredential}. SOAP is not affected.</li>
 * </ul>
 */
@ApplicationScoped
public class OneNumberAuthentication implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = "onenumber.caller";
    public static final String LOGIN_PAGE = "/login.xhtml";
    static final String CHANGE_PASSWORD_PAGE = "/change-password.xhtml";
    public static final String ACCESS_CODE_PAGE = "/access-code.xhtml";
    private static final String STARTED = SecondFactor.Started.class.getName();
    private static final String ENTERED = SecondFactor.Entered.class.getName();

    record SessionCaller(String name, Set<String> groups) implements Serializable {

        boolean mustChangePassword() {
            return groups.contains(DatabaseIdentityStore.PASSWORD_CHANGE_REQUIRED);
        }
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    CredentialCache cache;

    @Inject
    LoginThrottle throttle;

    @Inject
    MetricRegistry metrics;

    @Inject
    SecondFactor secondFactor;

    /** How the access code step of this request's password sign-in began, or null when it did not. */
    public static SecondFactor.Started secondFactorStarted(HttpServletRequest request) {
        return (SecondFactor.Started) request.getAttribute(STARTED);
    }

    /** What the access code entered in this request came to, or null when none was entered. */
    public static SecondFactor.Entered accessCodeEntered(HttpServletRequest request) {
        return (SecondFactor.Entered) request.getAttribute(ENTERED);
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/ws/")) {
            return basic(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return formLogin(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            if (context.isProtected() && caller.mustChangePassword() && !path.equals(CHANGE_PASSWORD_PAGE)) {
                // a temporary password opens nothing but the page that replaces it
                return context.redirect(request.getContextPath() + CHANGE_PASSWORD_PAGE);
            }
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            return toLoginPage(request, response, context);
        }
        return context.doNothing();
    }

    /**
     * A page that needs a sign-in sends the browser to the login page, saying so when the browser's session has
     * expired. An ajax request is answered with the redirect Faces understands: a plain redirect would hand the
     * login page to a script that expects a partial response, and nothing would happen.
     */
    private static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context) {
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        String login = request.getContextPath() + LOGIN_PAGE + (expired ? "?expired=true" : "");
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return context.redirect(login);
        }
        ResponseDefences.apply(response);
        response.setContentType("text/xml;charset=UTF-8");
        try {
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + login + "\"></redirect></partial-response>");
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        if (credential instanceof AccessCodeCredential code) {
            return accessCode(request, context, code);
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (result.getCallerGroups().contains(Role.CARRIER_API)) {
            return AuthenticationStatus.SEND_FAILURE; // API credentials are for SOAP only
        }
        String name = result.getCallerPrincipal().getName();
        Set<String> groups = Set.copyOf(result.getCallerGroups());
        HttpSession current = request.getSession(false);
        // the same person signing in again in a session that passed both steps (after a password change)
        boolean verifiedHere = current != null && current.getAttribute(SESSION_CALLER) instanceof SessionCaller caller
                && caller.name().equals(name);
        if (!verifiedHere) {
            SecondFactor.Started started = secondFactor.begin(name);
            request.setAttribute(STARTED, started);
            if (started.result() == SecondFactor.Start.NO_EMAIL) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (started.result() == SecondFactor.Start.CODE_SENT) {
                HttpSession session = renewedSession(request);
                session.removeAttribute(SESSION_CALLER);
                session.setAttribute(PendingSignIn.SESSION_KEY,
                        new PendingSignIn(name, groups, started.challengeId(), started.maskedEmail()));
                return context.redirect(request.getContextPath() + ACCESS_CODE_PAGE);
            }
        }
        keepCaller(request, name, groups);
        return context.notifyContainerAboutLogin(result);
    }

    /** The second step: the code for the sign-in pending in the session; only the right one grants roles. */
    private AuthenticationStatus accessCode(HttpServletRequest request, HttpMessageContext context, AccessCodeCredential code) {
        HttpSession session = request.getSession(false);
        PendingSignIn pending = PendingSignIn.of(session);
        if (pending == null) {
            request.setAttribute(ENTERED, new SecondFactor.Entered(AccessCode.Outcome.ENDED, 0));
            return AuthenticationStatus.SEND_FAILURE;
        }
        SecondFactor.Entered entered = secondFactor.enter(pending.name(), pending.challengeId(), code.digits());
        request.setAttribute(ENTERED, entered);
        switch (entered.outcome()) {
            case RIGHT -> {
                session.removeAttribute(PendingSignIn.SESSION_KEY);
                keepCaller(request, pending.name(), pending.groups());
                return context.notifyContainerAboutLogin(pending.name(), pending.groups());
            }
            case BLOCKED, ENDED -> {
                session.removeAttribute(PendingSignIn.SESSION_KEY);
                return AuthenticationStatus.SEND_FAILURE;
            }
            default -> {
                return AuthenticationStatus.SEND_FAILURE;
            }
        }
    }

    private static HttpSession renewedSession(HttpServletRequest request) {
        request.getSession(true);
        request.changeSessionId();
        return request.getSession();
    }

    private static void keepCaller(HttpServletRequest request, String name, Set<String> groups) {
        HttpSession session = renewedSession(request);
        session.removeAttribute(PendingSignIn.SESSION_KEY);
        session.setAttribute(SESSION_CALLER, new SessionCaller(name, Set.copyOf(groups)));
    }

    /** The carrier's API logins, and customer admins for their own account; never a temporary password. */
    private static boolean mayUseSoap(Set<String> groups) {
        return groups.contains(Role.CARRIER_API) || groups.contains(Role.DECISION_MAKER) || groups.contains(Role.PHONE_MANAGER);
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            CredentialCache.Entry known = cache.get(header);
            if (known != null) {
                return context.notifyContainerAboutLogin(known.name(), known.groups());
            }
            String address = request.getRemoteAddr();
            long now = System.nanoTime();
            Duration wait = throttle.waitFor(address, now);
            if (!wait.isZero()) {
                response.setHeader("Retry-After", String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000)));
                return soapFault(response, 429, CommonError.TOO_MANY_ATTEMPTS,
                        "Too many failed sign-ins from this address; try again in " + Math.max(1, (wait.toMillis() + 999) / 1000)
                                + " s.");
            }
            UsernamePasswordCredential credential = decode(header.substring(6).trim());
            if (credential != null) {
                long stamp = cache.stamp(credential.getCaller());
                CredentialValidationResult result = identityStores.validate(credential);
                if (result.getStatus() == CredentialValidationResult.Status.VALID && mayUseSoap(result.getCallerGroups())) {
                    throttle.succeeded(address);
                    cache.put(header, result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()), stamp);
                    return context.notifyContainerAboutLogin(result);
                }
            }
            throttle.failed(address, System.nanoTime());
            return challenge(response);
        }
        if (context.isProtected()) {
            return challenge(response);
        }
        return context.doNothing();
    }

    /** 401 with a SOAP fault a SOAP stack can read, the same for an unknown, a wrong and a locked login. */
    private AuthenticationStatus challenge(HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"OneNumber provisioning\"");
        return soapFault(response, 401, CommonError.NOT_AUTHENTICATED,
                "Sign in with HTTP Basic and the API login your carrier was given.");
    }

    /** Writes the contract's typed fault (faultcode Client) itself, with the browser's defences, and ends the exchange. */
    private AuthenticationStatus soapFault(HttpServletResponse response, int status, CommonError code, String summary) {
        metrics.counter("onenumber.soap.faults", new Tag("code", code.name())).inc();
        response.setStatus(status);
        ResponseDefences.apply(response);
        response.setContentType("text/xml;charset=UTF-8");
        try {
            response.getWriter().write(FaultEnvelope.client(code, summary, null));
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static UsernamePasswordCredential decode(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 0 ? null : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
