package id.sikerja.application.internal;

import id.sikerja.domain.workflow.SubjectType;
import id.sikerja.application.AuditTrail;
import id.sikerja.application.CurrentUser;
import id.sikerja.application.Inbox;
import id.sikerja.application.WorkTeams;
import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.assignment.AssignmentRepository;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.organisation.OrganisationRepository;
import id.sikerja.domain.organisation.Placement;
import id.sikerja.domain.organisation.Position;
import id.sikerja.domain.planning.PlanningRepository;
import id.sikerja.domain.planning.Skp;
import id.sikerja.domain.planning.WorkResult;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.shared.NotFoundException;
import id.sikerja.domain.policy.DecreeSigner;
import id.sikerja.domain.team.LeadRules;
import id.sikerja.domain.team.NominationOccasion;
import id.sikerja.domain.team.NominationState;
import id.sikerja.domain.team.TeamMember;
import id.sikerja.domain.team.TeamRepository;
import id.sikerja.domain.team.TeamRole;
import id.sikerja.domain.team.TechnicalApproval;
import id.sikerja.domain.team.WorkTeam;
import id.sikerja.domain.team.WorkTeamState;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Work teams, scoped through the caller's {@link AccessScope}: the head of the owner unit or of a unit above it
 * shapes a team; the signer named by the team's kind signs its decree; the Sekda answers nominations and
 * technical roles; members and government-wide roles read.
 */
@Stateless
public class WorkTeamsBean implements WorkTeams {

    static final SubjectType TEAM = SubjectType.TEAM;

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
    PlanningRepository planning;

    @Inject
    TeamSupport support;

    @Inject
    AssignmentRepository assignments;

    @Inject
    TeamSteps teamSteps;

    @Inject
    TeamViews views;

    @Inject
    NominationSteps nominationSteps;

    // ---- reading

    @Override
    public List<TeamSummary> visible() {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        Map<Long, WorkTeam> found = new LinkedHashMap<>();
        if (scope.seesWholeGovernment()) {
            teams.allTeams(g).forEach(t -> found.put(t.getId(), t));
        } else {
            teams.teamsOwnedUnder(g, scope.headedPaths()).forEach(t -> found.put(t.getId(), t));
            if (scope.employeeId() != null) {
                teams.teamsWithMember(g, scope.employeeId()).forEach(t -> found.putIfAbsent(t.getId(), t));
            }
        }
        return found.values().stream().map(TeamViews::summary).toList();
    }

    @Override
    public List<TeamView> mine() {
        AccessScope scope = currentUser.scope();
        if (scope.employeeId() == null) {
            return List.of();
        }
        return teams.teamsWithMember(scope.governmentId(), scope.employeeId()).stream()
                .sorted(Comparator.comparing(WorkTeam::getStartDate).reversed())
                .map(t -> views.view(scope, t)).toList();
    }

    @Override
    public FormOptions formOptions() {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        PolicyProfile policy = support.policy(g);
        List<UnitOption> units = organisation.units(g).stream()
                .filter(OrgUnit::isActive)
                .filter(u -> scope.headedPaths().stream().anyMatch(u.getPath()::startsWith))
                .sorted(Comparator.comparing(OrgUnit::getPath))
                .map(u -> new UnitOption(u.getId(), u.getName(), u.getDepartment().getName())).toList();
        return new FormOptions(units, policy.getGroupKinds(), policy.getLeadSelection(), policy.isTechnicalLeadRoles());
    }

    @Override
    public TeamView team(long teamId) {
        AccessScope scope = currentUser.scope();
        WorkTeam team = support.load(scope, teamId);
        support.requireSee(scope, team);
        return views.view(scope, team);
    }

    @Override
    public List<PersonOption> searchPeople(long teamId, String text) {
        AccessScope scope = currentUser.scope();
        WorkTeam team = support.load(scope, teamId);
        TeamSupport.requireEdit(scope, team);
        if (text == null || text.strip().length() < 2) {
            return List.of();
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        // The owner unit's subtree, and the people released to it by a request or a voluntary application.
        Set<Long> released = assignments.releasedTo(scope.governmentId(), team.getOwnerUnit().getPath()).stream()
                .filter(team::releases).map(a -> a.getEmployee().getId()).collect(Collectors.toSet());
        return organisation.searchActivePlacements(scope.governmentId(), needle, false,
                        List.of(team.getOwnerUnit().getPath()), released, LocalDate.now(), 20)
                .stream().map(p -> support.option(p.getEmployee(), support.policy(scope.governmentId()))).toList();
    }

    @Override
    public Optional<PersonOption> person(long employeeId) {
        AccessScope scope = currentUser.scope();
        return organisation.employee(scope.governmentId(), employeeId)
                .map(e -> support.option(e, support.policy(scope.governmentId())));
    }

    @Override
    public List<RankedCandidate> leadSuggestions(long teamId) {
        AccessScope scope = currentUser.scope();
        WorkTeam team = support.load(scope, teamId);
        TeamSupport.requireEdit(scope, team);
        return views.leadSuggestions(scope, team);
    }

    @Override
    public SecretaryDesk secretaryDesk() {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        if (!support.isSecretary(scope)) {
            return new SecretaryDesk(List.of(), List.of());
        }
        List<NominationView> nominations = teams.nominationsIn(g, NominationState.FORWARDED).stream()
                .map(TeamViews::nominationView).toList();
        List<TechnicalRequest> technical = teams.pendingTechnicalRoles(g).stream()
                .map(m -> new TechnicalRequest(m.getTeam().getId(), m.getTeam().getName(), m.getId(),
                        m.getEmployee().getName(), m.getRole(), TeamSupport.positionTitle(m.getEmployee())))
                .toList();
        return new SecretaryDesk(nominations, technical);
    }

    @Override
    public Decree decree(long teamId) {
        AccessScope scope = currentUser.scope();
        WorkTeam team = support.load(scope, teamId);
        support.requireSee(scope, team);
        return teamSteps.currentDecree(scope, team);
    }

    // ---- forming and shaping

    @Override
    public long form(TeamData data) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        if (data.ownerUnitId() == null) {
            throw new BusinessRuleException("team.ownerUnitRequired");
        }
        OrgUnit unit = organisation.unit(g, data.ownerUnitId())
                .orElseThrow(() -> new NotFoundException("unit", data.ownerUnitId()));
        if (!TeamSupport.heads(scope, unit)) {
            throw new AccessDeniedException("team.form");
        }
        WorkTeam team = teams.add(WorkTeam.form(support.policy(g), unit, data.name(), data.purpose(), data.kind(),
                data.start(), data.end()));
        teams.flush();
        audit.record(TEAM, team.getId(), "team.form", null, WorkTeamState.DRAFT.name(), null);
        return team.getId();
    }

    @Override
    public void update(long teamId, int version, TeamData data) {
        AccessScope scope = currentUser.scope();
        WorkTeam team = support.editable(scope, teamId, version);
        team.redescribe(data.name(), data.purpose(), data.start(), data.end());
        teams.flush();
    }

    @Override
    public void addMember(long teamId, int version, long employeeId, TeamRole role, String task) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        WorkTeam team = support.editable(scope, teamId, version);
        Employee employee = organisation.employee(g, employeeId).orElseThrow(() -> new NotFoundException("employee", employeeId));
        PolicyProfile policy = support.policy(g);
        if (role != null && role.isTechnical() && !TeamSupport.heads(scope, TeamSupport.departmentRoot(team.getOwnerUnit()))) {
            // JB Pasal 22 ayat (2): the department head appoints the technical roles.
            throw new BusinessRuleException("team.technicalByDepartmentHead");
        }
        if (role == TeamRole.LEAD) {
            LeadRules.requireNoSecondGroup(policy, team, employee, teams.activeTeamsLedBy(g, employeeId));
        }
        OrgUnit personUnit = employee.placementOn(LocalDate.now()).map(p -> p.getPosition().getUnit())
                .orElseThrow(() -> new BusinessRuleException("assignment.personNotPlaced", employee.getName()));
        team.requireAdmitted(employee, personUnit, assignments.assignmentsOf(g, employeeId));
        TeamMember member = team.addMember(policy, employee, role, task, LocalDate.now());
        organisation.bumpVersion(team);
        teams.flush();
        audit.record(TEAM, team.getId(), "team.addMember", null, role.name(), employee.getName());
        if (member.getApproval() == TechnicalApproval.PENDING) {
            support.secretary(g).ifPresent(s -> inbox.open(s.getId(), TEAM, team.getId(), "team.approveTechnical",
                    team.getName() + " — " + employee.getName(), null));
        }
    }

    @Override
    public void removeMember(long teamId, int version, long memberId) {
        AccessScope scope = currentUser.scope();
        WorkTeam team = support.editable(scope, teamId, version);
        TeamMember member = TeamSupport.member(team, memberId);
        String name = member.getEmployee().getName();
        team.removeMember(member);
        organisation.bumpVersion(team);
        teams.flush();
        audit.record(TEAM, team.getId(), "team.removeMember", member.getRole().name(), null, name);
    }

    // ---- chains (nomination: NominationSteps; technical roles, decree and amendments: TeamSteps)

    @Override
    public long nominate(long teamId, int version, List<Long> candidateIds, NominationOccasion occasion) {
        return nominationSteps.nominate(teamId, version, candidateIds, occasion);
    }

    @Override
    public void forwardNomination(long nominationId, int version) {
        nominationSteps.forward(nominationId, version);
    }

    @Override
    public void recommend(long nominationId, int version, long candidateId, String note) {
        nominationSteps.recommend(nominationId, version, candidateId, note);
    }

    @Override
    public void returnNomination(long nominationId, int version, String reason) {
        nominationSteps.returnNomination(nominationId, version, reason);
    }

    @Override
    public Decree nominationDecision(long nominationId) {
        return new Decree("Keputusan-Sekda-" + nominationId + ".pdf", nominationSteps.decision(nominationId));
    }

    @Override
    public long teamOfNomination(long nominationId) {
        return nominationSteps.teamOfNomination(nominationId);
    }

    @Override
    public void chooseDecreeSigner(long teamId, int version, DecreeSigner signer) {
        teamSteps.chooseDecreeSigner(teamId, version, signer);
    }

    @Override
    public void amend(long teamId, int version) {
        teamSteps.amend(teamId, version);
    }

    @Override
    public Decree issuedDecree(long teamId, long decreeId) {
        AccessScope scope = currentUser.scope();
        WorkTeam team = support.load(scope, teamId);
        support.requireSee(scope, team);
        return views.issuedDecree(scope, team, decreeId);
    }

    @Override
    public void decideTechnical(long teamId, long memberId, boolean approve, String reason) {
        teamSteps.decideTechnical(teamId, memberId, approve, reason);
    }

    @Override
    public void submit(long teamId, int version) {
        teamSteps.submit(teamId, version);
    }

    @Override
    public void returnToDraft(long teamId, int version, String reason) {
        teamSteps.returnToDraft(teamId, version, reason);
    }

    @Override
    public String sign(long teamId, int version) {
        return teamSteps.sign(teamId, version);
    }

    @Override
    public void end(long teamId, int version) {
        teamSteps.end(teamId, version);
    }

    @Override
    public void dissolve(long teamId, int version, String reason) {
        teamSteps.dissolve(teamId, version, reason);
    }

    // ---- members' SKPs

    @Override
    public List<MemberSkpStatus> skpStatus(long teamId) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        WorkTeam team = support.load(scope, teamId);
        if (!TeamViews.mayFollowSkps(scope, team)) {
            throw new AccessDeniedException("team.skpStatus");
        }
        int year = team.skpYear(LocalDate.now());
        List<Long> people = team.getMembers().stream().map(m -> m.getEmployee().getId()).distinct().toList();
        // two queries for the whole team: the SKPs of the year, then their results
        Map<Long, Skp> skps = planning.currentSkps(g, people, year);
        Map<Long, List<WorkResult>> results = planning.resultsOfSkps(g, skps.values().stream().map(Skp::getId).toList())
                .stream().collect(Collectors.groupingBy(r -> r.getSkp().getId()));
        Set<Long> leadResults = team.lead().map(l -> skps.get(l.getEmployee().getId()))
                .map(s -> results.getOrDefault(s.getId(), List.of()).stream().map(WorkResult::getId)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
        return team.getMembers().stream().map(m -> {
            Employee e = m.getEmployee();
            Skp s = skps.get(e.getId());
            if (s == null) {
                return new MemberSkpStatus(e.getId(), e.getName(), m.getRole(), year, null, null, null, null);
            }
            boolean serves = results.getOrDefault(s.getId(), List.of()).stream()
                    .anyMatch(r -> team.servedBy(r.getTeamTargetId(), r.getSupportedResultId(), leadResults));
            return new MemberSkpStatus(e.getId(), e.getName(), m.getRole(), year, s.getState(), s.getPeriodStart(),
                    s.getPeriodEnd(), serves);
        }).toList();
    }

}
