package id.sikerja.interfaces.web;

import id.sikerja.application.OrganisationQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The home page: what waits for this user, per role. */
@Named
@RequestScoped
public class HomeBean {

    @Inject
    OrganisationQueries queries;

    private OrganisationQueries.HomeView home;

    public void load() {
        home = queries.home();
    }

    public OrganisationQueries.HomeView getHome() {
        return home;
    }
}
