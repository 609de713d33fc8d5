package id.sikerja.infrastructure.security;

import id.sikerja.application.CurrentUser;
import id.sikerja.application.internal.ScopeService;
import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.access.UserAccount;
import id.sikerja.domain.shared.AccessDeniedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;

/**
 * The signed-in caller of this request, from Jakarta Security, with their scope computed once per
 * request. {@link #runAs} lets trusted server-side code (startup jobs, in-container tests) act as a
 * named account; nothing reachable from a request calls it.
 */
@RequestScoped
public class CurrentUserBean implements CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    ScopeService scopes;

    private String runAs;
    private AccessScope scope;

    @Override
    public String username() {
        if (runAs != null) {
            return runAs;
        }
        Principal principal = securityContext.getCallerPrincipal();
        // WildFly names an unauthenticated caller "anonymous" where the specification says null.
        return principal == null || UserAccount.ANONYMOUS.equals(principal.getName()) ? null : principal.getName();
    }

    @Override
    public AccessScope scope() {
        if (scope == null) {
            String name = username();
            if (name == null) {
                throw new AccessDeniedException("signIn");
            }
            scope = scopes.scopeOf(name);
        }
        return scope;
    }

    public void runAs(String username) {
        this.runAs = username;
        this.scope = null;
    }
}
