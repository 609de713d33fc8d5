package id.sikerja.application.internal;

import id.sikerja.application.AuditTrail;
import id.sikerja.application.CurrentUser;
import id.sikerja.application.DocumentRenderer;
import id.sikerja.application.Inbox;
import id.sikerja.application.LetterNumbers;
import id.sikerja.application.WorkflowSteps;
import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.organisation.OrganisationRepository;
import id.sikerja.domain.organisation.Placement;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.shared.NotFoundException;
import id.sikerja.domain.team.LeadNomination;
import id.sikerja.domain.team.LeadRules;
import id.sikerja.domain.team.NominationOccasion;
import id.sikerja.domain.team.NominationState;
import id.sikerja.domain.team.TeamRepository;
import id.sikerja.domain.team.WorkTeam;
import id.sikerja.domain.team.WorkTeamState;
import id.sikerja.domain.workflow.Actor;
import id.sikerja.domain.workflow.SubjectType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The nomination of ketua candidates (KL Pasal 14 ayat (1)): the department head proposes, the personnel office
 * (BKPSDM) forwards to the Sekda or returns, the Sekda recommends by a numbered Keputusan Sekretaris Daerah or
 * returns; each step through the step service. {@link WorkTeamsBean} exposes them.
 */
@ApplicationScoped
public class NominationSteps {

    static final SubjectType TEAM = SubjectType.TEAM;
    /** Letter kind of the Keputusan Sekretaris Daerah tentang rekomendasi. */
    static final String DECISION_KIND = "KEP-SEKDA";

    @Inject
    CurrentUser currentUser;

    @Inject
    TeamRepository teams;

    @Inject
    OrganisationRepository organisation;

    @Inject
    AuditTrail audit;

    @Inject
    Inbox inbox;

    @Inject
    WorkflowSteps steps;

    @Inject
    LetterNumbers letterNumbers;

    @Inject
    DocumentRenderer renderer;

    @Inject
    TeamSupport support;

    public long nominate(long teamId, int version, List<Long> candidateIds, NominationOccasion occasion) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        WorkTeam team = support.editable(scope, teamId, version);
        PolicyProfile policy = support.policy(g);
        if (!LeadRules.nominationRequired(policy, team.getKind())) {
            throw new BusinessRuleException("team.nominationNotUsed");
        }
        if (teams.nominations(g, teamId).stream().anyMatch(n -> n.getState().isPending())) {
            throw new BusinessRuleException("team.nominationPending");
        }
        List<Employee> candidates = new ArrayList<>();
        for (Long id : candidateIds == null ? List.<Long>of() : candidateIds) {
            Employee e = organisation.employee(g, id).orElseThrow(() -> new NotFoundException("employee", id));
            LeadRules.requireNoSecondGroup(policy, team, e, teams.activeTeamsLedBy(g, id));
            candidates.add(e);
        }
        support.personnelOffice(g).orElseThrow(() -> new BusinessRuleException("team.noPersonnelOffice"));
        LeadNomination nomination = teams.add(LeadNomination.propose(policy, team, candidates, occasion,
                currentUser.username(), LocalDate.now()));
        organisation.bumpVersion(team);
        teams.flush();
        steps.started(nomination, "team.nominate", null, actor -> support.holder(g, team, actor));
        audit.record(TEAM, team.getId(), "team.nominate", null, NominationState.PROPOSED.name(), null);
        return nomination.getId();
    }

    /** The personnel office forwards the proposal to the Sekda (KL Pasal 14 ayat (1) huruf a). */
    public void forward(long nominationId, int version) {
        long g = currentUser.scope().governmentId();
        support.secretary(g).orElseThrow(() -> new BusinessRuleException("team.noSecretary"));
        LeadNomination nomination = steps.take(scope -> nomination(scope, nominationId), version,
                "team.forwardNomination", null, (n, me) -> n.forward(actors()),
                actor -> support.holder(g, teams.nomination(g, nominationId).orElseThrow().getTeam(), actor));
        audit.record(TEAM, nomination.getTeam().getId(), "team.forwardNomination", null, null, null);
    }

    /**
     * The Sekda recommends one candidate by a numbered Keputusan Sekretaris Daerah (KL Pasal 14 ayat (1) huruf c),
     * kept as issued; the candidate becomes the team's ketua and the head submits the decree (or its amendment).
     */
    public void recommend(long nominationId, int version, long candidateId, String note) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        Employee candidate = organisation.employee(g, candidateId)
                .orElseThrow(() -> new NotFoundException("employee", candidateId));
        LocalDate today = LocalDate.now();
        LeadNomination nomination = steps.take(sc -> nomination(sc, nominationId), version, "team.recommend",
                candidate.getName(), (n, me) -> {
                    Set<Actor> by = actors();
                    if (!by.contains(Actor.REGIONAL_SECRETARY)) {
                        throw new AccessDeniedException("team.recommend");
                    }
                    Employee sekda = organisation.employee(g, me).orElseThrow();
                    OrgUnit unit = sekda.placementOn(today).map(Placement::getPosition).map(p -> p.getUnit())
                            .orElseThrow(() -> new BusinessRuleException("team.noSecretary"));
                    String number = letterNumbers.next(unit.getDepartment().getId(), DECISION_KIND, today);
                    n.recommend(by, candidate, note, number, today,
                            TeamSupport.officeOf(sekda, unit).toUpperCase(Locale.ROOT), sekda.getName(),
                            sekda.getNip() == null ? null : sekda.getNip().value());
                    // KL Pasal 27 once more for the one recommended (a refusal rolls the whole step back)
                    LeadRules.requireNoSecondGroup(support.policy(g), n.getTeam(), candidate,
                            teams.activeTeamsLedBy(g, candidateId));
                    n.getTeam().appointRecommendedLead(n);
                    n.keepDecisionDocument(renderer.pdf(NominationDecisions.document(n)));
                });
        WorkTeam team = nomination.getTeam();
        organisation.bumpVersion(team);
        teams.flush();
        // The next step is on the team: its head submits the decree (or the amending decree) with the new ketua.
        audit.record(TEAM, team.getId(), "team.recommend", null, null,
                candidate.getName() + " — " + nomination.getDecisionNumber());
        support.editorOf(g, team).ifPresent(e -> inbox.open(e.getId(), TEAM, team.getId(),
                team.getState() == WorkTeamState.AMENDING ? "team.submitAmendment" : "team.submit",
                team.getName(), null));
    }

    /** The personnel office or the Sekda returns the proposal with a reason. */
    public void returnNomination(long nominationId, int version, String reason) {
        long g = currentUser.scope().governmentId();
        LeadNomination nomination = steps.take(scope -> nomination(scope, nominationId), version,
                "team.returnNomination", reason, (n, me) -> n.returnWithReason(actors(), reason));
        WorkTeam team = nomination.getTeam();
        audit.record(TEAM, team.getId(), "team.returnNomination", null, null, reason);
        support.editorOf(g, team).ifPresent(e -> inbox.open(e.getId(), TEAM, team.getId(), "team.renominate",
                team.getName(), null));
    }

    /** The Sekda's decision as issued, for whoever may see the team. */
    public byte[] decision(long nominationId) {
        AccessScope scope = currentUser.scope();
        LeadNomination n = nomination(scope, nominationId);
        support.requireSee(scope, n.getTeam());
        byte[] pdf = n.getDecisionDocument();
        if (pdf == null) {
            throw new NotFoundException("decision", nominationId);
        }
        return pdf;
    }

    public long teamOfNomination(long nominationId) {
        AccessScope scope = currentUser.scope();
        WorkTeam team = nomination(scope, nominationId).getTeam();
        support.requireSee(scope, team);
        return team.getId();
    }

    private LeadNomination nomination(AccessScope scope, long nominationId) {
        return teams.nomination(scope.governmentId(), nominationId)
                .orElseThrow(() -> new NotFoundException("nomination", nominationId));
    }

    /** How the caller stands to a nomination: the Sekda, the personnel office, or neither. */
    private Set<Actor> actors() {
        AccessScope scope = currentUser.scope();
        Set<Actor> actors = new HashSet<>();
        if (support.isSecretary(scope)) {
            actors.add(Actor.REGIONAL_SECRETARY);
        }
        if (TeamSupport.isPersonnelOffice(scope)) {
            actors.add(Actor.PERSONNEL_OFFICE);
        }
        return actors;
    }
}
