package id.sikerja.interfaces.web;

import id.sikerja.infrastructure.security.LoginAttempt;
import id.sikerja.infrastructure.security.LoginService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;

import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;

/** Sign-in and sign-out. */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginAttempt attempt;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    private String continueTo;

    public void login() throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate((HttpServletRequest) ec.getRequest(),
                (HttpServletResponse) ec.getResponse(), AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> fc.responseComplete();
            case SUCCESS -> {
                renewSessionId((HttpServletRequest) ec.getRequest());
                ec.redirect(safeTarget(ec, continueTo));
            }
            default -> {
                LoginService.Outcome outcome = attempt.outcome();
                if (outcome != null && outcome.status() == LoginService.Status.LOCKED) {
                    long seconds = Math.max(1, Duration.between(OffsetDateTime.now(), outcome.lockedUntil()).toSeconds());
                    UiMessages.error("login.locked", seconds);
                } else {
                    UiMessages.error("login.failed");
                }
                fc.getExternalContext().getFlash().setKeepMessages(false);
            }
        }
    }

    /**
     * A session id that existed before sign-in (possibly planted on a shared office computer) must not
     * carry the signed-in user: OWASP ASVS 4.0 V3.2.1, CWE-384 (session fixation). The session keeps its
     * contents under a new id; the old id no longer names any session.
     */
    private static void renewSessionId(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
    }

    /**
     * On showing the sign-in page: remember where the user was headed. Jakarta Security (Soteria)
     * keeps the original request in the session for LoginToContinue but drops it during
     * authentication, so the page carries it in a hidden field.
     */
    public void rememberTarget() {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        Object saved = ec.getSessionMap().get("org.glassfish.soteria.original.request");
        if (saved != null && continueTo == null) {
            try {
                continueTo = (String) saved.getClass().getMethod("getFullRequestURL").invoke(saved);
            } catch (ReflectiveOperationException | ClassCastException e) {
                continueTo = null;
            }
        }
    }

    /** Only a page of this application, never the sign-in page itself or another site. */
    private static String safeTarget(ExternalContext ec, String url) {
        String home = ec.getRequestContextPath() + "/index.xhtml";
        if (url == null || url.isBlank()) {
            return home;
        }
        try {
            java.net.URI uri = java.net.URI.create(url);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith(ec.getRequestContextPath() + "/") || path.endsWith("/login.xhtml")
                    || path.contains("..")) {
                return home;
            }
            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return home;
        }
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }

    public void logout() throws IOException {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        try {
            ((HttpServletRequest) ec.getRequest()).logout();
        } catch (jakarta.servlet.ServletException e) {
            // already signed out: nothing to undo
        }
        ec.invalidateSession();
        ec.redirect(ec.getRequestContextPath() + "/login.xhtml");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
