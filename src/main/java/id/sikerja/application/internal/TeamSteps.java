package id.sikerja.application.internal;

import id.sikerja.domain.workflow.SubjectType;
import id.sikerja.application.AuditTrail;
import id.sikerja.application.CurrentUser;
import id.sikerja.application.Inbox;
import id.sikerja.application.LetterNumbers;
import id.sikerja.application.WorkflowSteps;
import id.sikerja.domain.workflow.Actor;
import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.organisation.OrganisationRepository;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.shared.NotFoundException;
import id.sikerja.domain.team.LeadNomination;
import id.sikerja.domain.team.LeadRules;
import id.sikerja.domain.team.NominationOccasion;
import id.sikerja.domain.team.NominationState;
import id.sikerja.domain.team.TeamMember;
import id.sikerja.domain.team.TeamRepository;
import id.sikerja.domain.team.TechnicalApproval;
import id.sikerja.domain.team.WorkTeam;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The steps of a team's chains: the nomination of ketua candidates to the Sekda (KL Pasal 14), the Sekda's
 * answer on technical roles (JB Pasal 22), and the decree (submit, return, sign, end, dissolve), each taken
 * through the step service. {@link WorkTeamsBean} exposes them.
 */
@ApplicationScoped
public class TeamSteps {

    static final SubjectType TEAM = SubjectType.TEAM;
    static final SubjectType NOMINATION = SubjectType.NOMINATION;
    static final String DECREE_KIND = "SK-TIM";

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
    TeamSupport support;

    // ---- nomination to the Sekda (KL Pasal 14)

    public long nominate(long teamId, int version, List<Long> candidateIds, NominationOccasion occasion) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        WorkTeam team = support.editable(scope, teamId, version);
        PolicyProfile policy = support.policy(g);
        if (!LeadRules.nominationRequired(policy, team.getKind())) {
            throw new BusinessRuleException("team.nominationNotUsed");
        }
        if (teams.nominations(g, teamId).stream().anyMatch(n -> n.getState() == NominationState.PROPOSED)) {
            throw new BusinessRuleException("team.nominationPending");
        }
        List<Employee> candidates = new ArrayList<>();
        for (Long id : candidateIds == null ? List.<Long>of() : candidateIds) {
            Employee e = organisation.employee(g, id).orElseThrow(() -> new NotFoundException("employee", id));
            LeadRules.requireNoSecondGroup(policy, team, e, teams.activeTeamsLedBy(g, id));
            candidates.add(e);
        }
        support.secretary(g).orElseThrow(() -> new BusinessRuleException("team.noSecretary"));
        LeadNomination nomination = teams.add(LeadNomination.propose(team, candidates, occasion, currentUser.username()));
        organisation.bumpVersion(team);
        teams.flush();
        steps.started(nomination, "team.nominate", null, actor -> support.secretary(g).map(Employee::getId));
        audit.record(TEAM, team.getId(), "team.nominate", null, NominationState.PROPOSED.name(), null);
        return nomination.getId();
    }

    public void recommend(long nominationId, int version, long candidateId, String note) {
        long g = currentUser.scope().governmentId();
        Employee candidate = organisation.employee(g, candidateId)
                .orElseThrow(() -> new NotFoundException("employee", candidateId));
        LeadNomination nomination = steps.take(scope -> nomination(scope, nominationId), version, "team.recommend",
                candidate.getName(), (n, me) -> {
                    LeadRules.requireNoSecondGroup(support.policy(g), n.getTeam(), candidate,
                            teams.activeTeamsLedBy(g, candidateId));
                    n.recommend(secretaryActor(), candidate, note);
                    n.getTeam().appointRecommendedLead(n);
                });
        WorkTeam team = nomination.getTeam();
        organisation.bumpVersion(team);
        teams.flush();
        // The next step is on the team: its head submits the draft decree with the recommended ketua.
        audit.record(TEAM, team.getId(), "team.recommend", null, null, candidate.getName());
        support.editorOf(g, team).ifPresent(e -> inbox.open(e.getId(), TEAM, team.getId(), "team.submit", team.getName(),
                null));
    }

    public void returnNomination(long nominationId, int version, String reason) {
        long g = currentUser.scope().governmentId();
        LeadNomination nomination = steps.take(scope -> nomination(scope, nominationId), version,
                "team.returnNomination", reason, (n, me) -> n.returnWithReason(secretaryActor(), reason));
        WorkTeam team = nomination.getTeam();
        audit.record(TEAM, team.getId(), "team.returnNomination", null, null, reason);
        support.editorOf(g, team).ifPresent(e -> inbox.open(e.getId(), TEAM, team.getId(), "team.renominate", team.getName(),
                null));
    }

    private LeadNomination nomination(AccessScope scope, long nominationId) {
        return teams.nomination(scope.governmentId(), nominationId)
                .orElseThrow(() -> new NotFoundException("nomination", nominationId));
    }

    /** The caller is the Sekda, or nobody the nomination chain knows. */
    private Set<Actor> secretaryActor() {
        return support.isSecretary(currentUser.scope()) ? Set.of(Actor.REGIONAL_SECRETARY) : Set.of();
    }

    public long teamOfNomination(long nominationId) {
        AccessScope scope = currentUser.scope();
        WorkTeam team = nomination(scope, nominationId).getTeam();
        support.requireSee(scope, team);
        return team.getId();
    }

    public void decideTechnical(long teamId, long memberId, boolean approve, String reason) {
        AccessScope scope = currentUser.scope();
        WorkTeam team = support.load(scope, teamId);
        if (!support.isSecretary(scope)) {
            throw new AccessDeniedException("team.approveTechnical");
        }
        TeamMember member = TeamSupport.member(team, memberId);
        team.decideTechnical(member, approve, reason);
        organisation.bumpVersion(team);
        teams.flush();
        audit.record(TEAM, team.getId(), approve ? "team.approveTechnical" : "team.refuseTechnical",
                TechnicalApproval.PENDING.name(), member.getApproval().name(),
                member.getEmployee().getName() + (reason == null || reason.isBlank() ? "" : ": " + reason.strip()));
        if (team.getMembers().stream().noneMatch(m -> m.getApproval() == TechnicalApproval.PENDING)) {
            inbox.closeAll(TEAM, team.getId());
        }
        if (!approve) {
            support.editorOf(scope.governmentId(), team).ifPresent(e -> inbox.open(e.getId(), TEAM, team.getId(),
                    "team.fix", team.getName(), null));
        }
    }

    // ---- decree

    public void submit(long teamId, int version) {
        long g = currentUser.scope().governmentId();
        PolicyProfile policy = support.policy(g);
        steps.take(scope -> support.load(scope, teamId), version, "team.submit", null, (team, me) -> {
            LeadNomination latest = teams.nominations(g, teamId).stream().findFirst().orElse(null);
            team.lead().ifPresent(l -> LeadRules.requireNoSecondGroup(policy, team, l.getEmployee(),
                    teams.activeTeamsLedBy(g, l.getEmployee().getId())));
            team.submit(support.actors(team), policy, latest);
        }, actor -> support.holder(g, teams.team(g, teamId).orElseThrow(), actor));
    }

    public void returnToDraft(long teamId, int version, String reason) {
        long g = currentUser.scope().governmentId();
        steps.take(scope -> support.load(scope, teamId), version, "team.return", reason,
                (team, me) -> team.returnToDraft(support.actors(team), reason),
                actor -> support.holder(g, teams.team(g, teamId).orElseThrow(), actor));
    }

    public String sign(long teamId, int version) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        WorkTeam team = support.load(scope, teamId);
        if (!support.canSign(scope, team)) {
            throw new AccessDeniedException("team.sign");
        }
        PolicyProfile policy = support.policy(g);
        // KL Pasal 27 again at the decree: another group may have been established meanwhile.
        team.lead().ifPresent(l -> LeadRules.requireNoSecondGroup(policy, team, l.getEmployee(),
                teams.activeTeamsLedBy(g, l.getEmployee().getId())));
        Employee signer = organisation.employee(g, scope.employeeId()).orElseThrow();
        LocalDate today = LocalDate.now();
        String number = letterNumbers.next(team.getOwnerUnit().getDepartment().getId(), DECREE_KIND, today);
        OrgUnit unit = TeamSupport.signerUnit(team);
        steps.take(sc -> team, version, "team.sign", number, (t, me) -> t.establish(support.actors(t), number, today,
                TeamSupport.officeOf(signer, unit), signer.getName(), signer.getRank() == null ? null : signer.getRank().getLabel(),
                signer.getNip() == null ? null : signer.getNip().value()));
        return number;
    }

    public void end(long teamId, int version) {
        steps.take(scope -> support.load(scope, teamId), version, "team.end", null, (team, me) -> team.end(support.actors(team)));
    }

    public void dissolve(long teamId, int version, String reason) {
        long g = currentUser.scope().governmentId();
        steps.take(scope -> support.load(scope, teamId), version, "team.dissolve", reason,
                (team, me) -> team.dissolve(support.actors(team), reason));
        teams.nominations(g, teamId).stream().filter(n -> n.getState() == NominationState.PROPOSED)
                .forEach(n -> inbox.closeAll(NOMINATION, n.getId()));
    }
}
