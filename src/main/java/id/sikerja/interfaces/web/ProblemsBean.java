package id.sikerja.interfaces.web;

import id.sikerja.application.OrganisationAdministration;
import id.sikerja.application.OrganisationQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Appraisal problems and the appraiser rules of the government (admin and oversight). */
@Named
@RequestScoped
public class ProblemsBean {

    @Inject
    OrganisationQueries queries;

    @Inject
    OrganisationAdministration administration;

    private List<OrganisationQueries.ProblemRow> problems;
    private List<OrganisationAdministration.RuleData> rules;
    private OrganisationAdministration.PolicyData policy;

    public void load() {
        problems = queries.appraisalProblems();
        rules = administration.rules();
        policy = administration.policy();
    }

    public List<OrganisationQueries.ProblemRow> getProblems() {
        return problems;
    }

    public List<OrganisationAdministration.RuleData> getRules() {
        return rules;
    }

    public OrganisationAdministration.PolicyData getPolicy() {
        return policy;
    }
}
