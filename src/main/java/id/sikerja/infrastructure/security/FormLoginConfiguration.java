package id.sikerja.infrastructure.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form sign-in through the Faces page /login.xhtml, which calls SecurityContext.authenticate so that
 * errors show in the user's language on the same page. Unauthenticated requests for protected
 * pages are redirected there and continue where they were headed after sign-in.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"EMPLOYEE", "TEAM_LEAD", "UNIT_HEAD", "DEPARTMENT_HEAD", "AUTHORITY", "ADMIN", "OVERSIGHT"})
@ApplicationScoped
public class FormLoginConfiguration {
}
