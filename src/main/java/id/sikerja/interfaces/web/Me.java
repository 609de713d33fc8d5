package id.sikerja.interfaces.web;

import id.sikerja.application.CurrentUser;
import id.sikerja.application.OrganisationQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/** The signed-in user as the page template needs them: name, government, roles for the menu. */
@Named
@RequestScoped
public class Me {

    @Inject
    SecurityContext securityContext;

    @Inject
    CurrentUser currentUser;

    @Inject
    OrganisationQueries queries;

    @Inject
    id.sikerja.application.LeadAllowances allowances;

    private OrganisationQueries.GovernmentView government;
    private Boolean allowanceReport;

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public String getUsername() {
        return currentUser.username();
    }

    /** Whether the account belongs to an employee (and so has an inbox, an SKP...). */
    public boolean isHasEmployee() {
        return isSignedIn() && currentUser.scope().employeeId() != null;
    }

    public boolean is(String role) {
        return securityContext.isCallerInRole(role);
    }

    /** Whether the menu offers the lead-allowance report (the admin, where the policy has it: KL Pasal 25). */
    public boolean isAllowanceReport() {
        if (allowanceReport == null) {
            allowanceReport = is("ADMIN") && allowances.offered();
        }
        return allowanceReport;
    }

    public OrganisationQueries.GovernmentView getGovernment() {
        if (government == null && isSignedIn()) {
            government = queries.government();
        }
        return government;
    }
}
