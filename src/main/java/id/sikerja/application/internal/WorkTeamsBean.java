package id.sikerja.application.internal;

import id.sikerja.domain.workflow.SubjectType;
import id.sikerja.application.AuditTrail;
import id.sikerja.application.CurrentUser;
import id.sikerja.application.Inbox;
import id.sikerja.application.LetterNumbers;
import id.sikerja.application.WorkTeams;
import id.sikerja.application.WorkflowSteps;
import id.sikerja.domain.workflow.Actor;
import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.access.Role;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.organisation.OrganisationRepository;
import id.sikerja.domain.organisation.Placement;
import id.sikerja.domain.organisation.Position;
import id.sikerja.domain.organisation.UnitType;
import id.sikerja.domain.planning.PlanningRepository;
import id.sikerja.domain.planning.Skp;
import id.sikerja.domain.planning.WorkResult;
import id.sikerja.domain.policy.LeadSelection;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.shared.ConcurrentEditException;
import id.sikerja.domain.shared.NotFoundException;
import id.sikerja.domain.team.DecreeSigner;
import id.sikerja.domain.team.LeadCandidateRanking;
import id.sikerja.domain.team.LeadNomination;
import id.sikerja.domain.team.LeadRules;
import id.sikerja.domain.team.NominationOccasion;
import id.sikerja.domain.team.NominationState;
import id.sikerja.domain.team.TeamMember;
import id.sikerja.domain.team.TeamRepository;
import id.sikerja.domain.team.TeamRole;
import id.sikerja.domain.team.TeamTarget;
import id.sikerja.domain.team.TechnicalApproval;
import id.sikerja.domain.team.WorkTeam;
import id.sikerja.domain.team.WorkTeamState;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
    TeamDecrees decrees;

    @Inject
    PlanningRepository planning;

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
        return found.values().stream().map(WorkTeamsBean::summary).toList();
    }

    @Override
    public List<TeamView> mine() {
        AccessScope scope = currentUser.scope();
        if (scope.employeeId() == null) {
            return List.of();
        }
        return teams.teamsWithMember(scope.governmentId(), scope.employeeId()).stream()
                .sorted(Comparator.comparing(WorkTeam::getStartDate).reversed())
                .map(t -> view(scope, t)).toList();
    }

    @Override
    public FormOptions formOptions() {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        PolicyProfile policy = policy(g);
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
        WorkTeam team = load(scope, teamId);
        requireSee(scope, team);
        return view(scope, team);
    }

    @Override
    public List<PersonOption> searchPeople(String text) {
        AccessScope scope = currentUser.scope();
        if (text == null || text.strip().length() < 2) {
            return List.of();
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return organisation.searchActivePlacements(scope.governmentId(), needle, false, null, null, LocalDate.now(), 20)
                .stream()
                .map(p -> new PersonOption(p.getEmployee().getId(), p.getEmployee().getName(),
                        p.getEmployee().getNip() == null ? null : p.getEmployee().getNip().formatted(),
                        p.getPosition().getTitle(), p.getPosition().getUnit().getName()))
                .toList();
    }

    @Override
    public Optional<PersonOption> person(long employeeId) {
        AccessScope scope = currentUser.scope();
        return organisation.employee(scope.governmentId(), employeeId).map(e -> {
            Optional<Position> p = e.placementOn(LocalDate.now()).map(Placement::getPosition);
            return new PersonOption(e.getId(), e.getName(), e.getNip() == null ? null : e.getNip().formatted(),
                    p.map(Position::getTitle).orElse(null), p.map(x -> x.getUnit().getName()).orElse(null));
        });
    }

    @Override
    public List<RankedCandidate> leadSuggestions(long teamId) {
        AccessScope scope = currentUser.scope();
        WorkTeam team = load(scope, teamId);
        requireEdit(scope, team);
        LocalDate today = LocalDate.now();
        Map<Long, Employee> people = new LinkedHashMap<>();
        team.getMembers().forEach(m -> people.put(m.getEmployee().getId(), m.getEmployee()));
        organisation.placementsInUnit(scope.governmentId(), team.getOwnerUnit().getId(), today)
                .forEach(p -> people.putIfAbsent(p.getEmployee().getId(), p.getEmployee()));
        List<LeadCandidateRanking.Candidate> candidates = people.values().stream()
                .map(e -> LeadCandidateRanking.factsOf(e, today)).flatMap(Optional::stream).toList();
        return LeadCandidateRanking.rank(candidates).stream()
                .map(r -> new RankedCandidate(r.place(), r.candidate().employeeId(), r.candidate().name(),
                        r.candidate().positionTitle(), r.tier(), r.reasonKey(), r.reasonArgument(),
                        team.getMembers().stream().anyMatch(m -> m.getEmployee().getId() == r.candidate().employeeId())))
                .toList();
    }

    @Override
    public SecretaryDesk secretaryDesk() {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        if (!isSecretary(scope)) {
            return new SecretaryDesk(List.of(), List.of());
        }
        List<NominationView> nominations = teams.pendingNominations(g).stream().map(WorkTeamsBean::nominationView)
                .toList();
        List<TechnicalRequest> technical = teams.pendingTechnicalRoles(g).stream()
                .map(m -> new TechnicalRequest(m.getTeam().getId(), m.getTeam().getName(), m.getId(),
                        m.getEmployee().getName(), m.getRole(), positionTitle(m.getEmployee())))
                .toList();
        return new SecretaryDesk(nominations, technical);
    }

    @Override
    public Decree decree(long teamId) {
        AccessScope scope = currentUser.scope();
        WorkTeam team = load(scope, teamId);
        requireSee(scope, team);
        String file = "SK-Tim-" + team.getId() + (team.getDecreeNumber() == null ? "-draf" : "") + ".pdf";
        return new Decree(file, decrees.pdf(team, draftSignature(scope, team)));
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
        if (!heads(scope, unit)) {
            throw new AccessDeniedException("team.form");
        }
        WorkTeam team = teams.add(WorkTeam.form(policy(g), unit, data.name(), data.purpose(), data.kind(),
                data.start(), data.end()));
        teams.flush();
        audit.record(TEAM, team.getId(), "team.form", null, WorkTeamState.DRAFT.name(), null);
        return team.getId();
    }

    @Override
    public void update(long teamId, int version, TeamData data) {
        AccessScope scope = currentUser.scope();
        WorkTeam team = editable(scope, teamId, version);
        team.redescribe(data.name(), data.purpose(), data.start(), data.end());
        teams.flush();
    }

    @Override
    public void addTarget(long teamId, int version, String objective, String indicator, String target) {
        AccessScope scope = currentUser.scope();
        WorkTeam team = editable(scope, teamId, version);
        team.addTarget(new TeamTarget(objective, indicator, target));
        teams.flush();
    }

    @Override
    public void removeTarget(long teamId, int version, int index) {
        AccessScope scope = currentUser.scope();
        WorkTeam team = editable(scope, teamId, version);
        team.removeTarget(index);
        teams.flush();
    }

    @Override
    public void addMember(long teamId, int version, long employeeId, TeamRole role, String task) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        WorkTeam team = editable(scope, teamId, version);
        Employee employee = organisation.employee(g, employeeId).orElseThrow(() -> new NotFoundException("employee", employeeId));
        PolicyProfile policy = policy(g);
        if (role != null && role.isTechnical() && !heads(scope, departmentRoot(team.getOwnerUnit()))) {
            // JB Pasal 22 ayat (2): the department head appoints the technical roles.
            throw new BusinessRuleException("team.technicalByDepartmentHead");
        }
        if (role == TeamRole.LEAD) {
            LeadRules.requireNoSecondGroup(policy, team, employee, teams.activeTeamsLedBy(g, employeeId));
        }
        TeamMember member = team.addMember(policy, employee, role, task, LocalDate.now());
        organisation.bumpVersion(team);
        teams.flush();
        audit.record(TEAM, team.getId(), "team.addMember", null, role.name(), employee.getName());
        if (member.getApproval() == TechnicalApproval.PENDING) {
            secretary(g).ifPresent(s -> inbox.open(s.getId(), TEAM, team.getId(), "team.approveTechnical",
                    team.getName() + " — " + employee.getName(), null));
        }
    }

    @Override
    public void removeMember(long teamId, int version, long memberId) {
        AccessScope scope = currentUser.scope();
        WorkTeam team = editable(scope, teamId, version);
        TeamMember member = member(team, memberId);
        String name = member.getEmployee().getName();
        team.removeMember(member);
        organisation.bumpVersion(team);
        teams.flush();
        audit.record(TEAM, team.getId(), "team.removeMember", member.getRole().name(), null, name);
    }

    // ---- nomination to the Sekda (KL Pasal 14)

    @Override
    public long nominate(long teamId, int version, List<Long> candidateIds, NominationOccasion occasion) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        WorkTeam team = editable(scope, teamId, version);
        PolicyProfile policy = policy(g);
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
        secretary(g).orElseThrow(() -> new BusinessRuleException("team.noSecretary"));
        LeadNomination nomination = teams.add(LeadNomination.propose(team, candidates, occasion, currentUser.username()));
        organisation.bumpVersion(team);
        teams.flush();
        steps.started(nomination, "team.nominate", null, actor -> secretary(g).map(Employee::getId));
        audit.record(TEAM, team.getId(), "team.nominate", null, NominationState.PROPOSED.name(), null);
        return nomination.getId();
    }

    @Override
    public void recommend(long nominationId, int version, long candidateId, String note) {
        long g = currentUser.scope().governmentId();
        Employee candidate = organisation.employee(g, candidateId)
                .orElseThrow(() -> new NotFoundException("employee", candidateId));
        LeadNomination nomination = steps.take(scope -> nomination(scope, nominationId), version, "team.recommend",
                candidate.getName(), (n, me) -> {
                    LeadRules.requireNoSecondGroup(policy(g), n.getTeam(), candidate,
                            teams.activeTeamsLedBy(g, candidateId));
                    n.recommend(secretaryActor(), candidate, note);
                    n.getTeam().appointRecommendedLead(n);
                });
        WorkTeam team = nomination.getTeam();
        organisation.bumpVersion(team);
        teams.flush();
        // The next step is on the team: its head submits the draft decree with the recommended ketua.
        audit.record(TEAM, team.getId(), "team.recommend", null, null, candidate.getName());
        editorOf(g, team).ifPresent(e -> inbox.open(e.getId(), TEAM, team.getId(), "team.submit", team.getName(),
                null));
    }

    @Override
    public void returnNomination(long nominationId, int version, String reason) {
        long g = currentUser.scope().governmentId();
        LeadNomination nomination = steps.take(scope -> nomination(scope, nominationId), version,
                "team.returnNomination", reason, (n, me) -> n.returnWithReason(secretaryActor(), reason));
        WorkTeam team = nomination.getTeam();
        audit.record(TEAM, team.getId(), "team.returnNomination", null, null, reason);
        editorOf(g, team).ifPresent(e -> inbox.open(e.getId(), TEAM, team.getId(), "team.renominate", team.getName(),
                null));
    }

    private LeadNomination nomination(AccessScope scope, long nominationId) {
        return teams.nomination(scope.governmentId(), nominationId)
                .orElseThrow(() -> new NotFoundException("nomination", nominationId));
    }

    /** The caller is the Sekda, or nobody the nomination chain knows. */
    private Set<Actor> secretaryActor() {
        return isSecretary(currentUser.scope()) ? Set.of(Actor.REGIONAL_SECRETARY) : Set.of();
    }

    @Override
    public long teamOfNomination(long nominationId) {
        AccessScope scope = currentUser.scope();
        WorkTeam team = nomination(scope, nominationId).getTeam();
        requireSee(scope, team);
        return team.getId();
    }

    @Override
    public void decideTechnical(long teamId, long memberId, boolean approve, String reason) {
        AccessScope scope = currentUser.scope();
        WorkTeam team = load(scope, teamId);
        if (!isSecretary(scope)) {
            throw new AccessDeniedException("team.approveTechnical");
        }
        TeamMember member = member(team, memberId);
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
            editorOf(scope.governmentId(), team).ifPresent(e -> inbox.open(e.getId(), TEAM, team.getId(),
                    "team.fix", team.getName(), null));
        }
    }

    // ---- members' SKPs

    @Override
    public List<MemberSkpStatus> skpStatus(long teamId) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        WorkTeam team = load(scope, teamId);
        if (!mayFollowSkps(scope, team)) {
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
                    .anyMatch(r -> team.servedBy(r.getSupportsText(), r.getSupportedResultId(), leadResults));
            return new MemberSkpStatus(e.getId(), e.getName(), m.getRole(), year, s.getState(), s.getPeriodStart(),
                    s.getPeriodEnd(), serves);
        }).toList();
    }

    /** The ketua, the heads of the owner unit and above, and the personnel office and oversight of the government. */
    private static boolean mayFollowSkps(AccessScope scope, WorkTeam team) {
        boolean lead = scope.employeeId() != null
                && team.lead().map(l -> l.getEmployee().getId().equals(scope.employeeId())).orElse(false);
        return lead || canEdit(scope, team) || scope.has(Role.ADMIN) || scope.has(Role.OVERSIGHT);
    }

    // ---- decree

    @Override
    public void submit(long teamId, int version) {
        long g = currentUser.scope().governmentId();
        PolicyProfile policy = policy(g);
        steps.take(scope -> load(scope, teamId), version, "team.submit", null, (team, me) -> {
            LeadNomination latest = teams.nominations(g, teamId).stream().findFirst().orElse(null);
            team.lead().ifPresent(l -> LeadRules.requireNoSecondGroup(policy, team, l.getEmployee(),
                    teams.activeTeamsLedBy(g, l.getEmployee().getId())));
            team.submit(actors(team), policy, latest);
        }, actor -> holder(g, teams.team(g, teamId).orElseThrow(), actor));
    }

    @Override
    public void returnToDraft(long teamId, int version, String reason) {
        long g = currentUser.scope().governmentId();
        steps.take(scope -> load(scope, teamId), version, "team.return", reason,
                (team, me) -> team.returnToDraft(actors(team), reason),
                actor -> holder(g, teams.team(g, teamId).orElseThrow(), actor));
    }

    @Override
    public String sign(long teamId, int version) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        WorkTeam team = load(scope, teamId);
        if (!canSign(scope, team)) {
            throw new AccessDeniedException("team.sign");
        }
        PolicyProfile policy = policy(g);
        // KL Pasal 27 again at the decree: another group may have been established meanwhile.
        team.lead().ifPresent(l -> LeadRules.requireNoSecondGroup(policy, team, l.getEmployee(),
                teams.activeTeamsLedBy(g, l.getEmployee().getId())));
        Employee signer = organisation.employee(g, scope.employeeId()).orElseThrow();
        LocalDate today = LocalDate.now();
        String number = letterNumbers.next(team.getOwnerUnit().getDepartment().getId(), DECREE_KIND, today);
        OrgUnit unit = signerUnit(team);
        steps.take(sc -> team, version, "team.sign", number, (t, me) -> t.establish(actors(t), number, today,
                officeOf(signer, unit), signer.getName(), signer.getRank() == null ? null : signer.getRank().getLabel(),
                signer.getNip() == null ? null : signer.getNip().value()));
        return number;
    }

    @Override
    public void end(long teamId, int version) {
        steps.take(scope -> load(scope, teamId), version, "team.end", null, (team, me) -> team.end(actors(team)));
    }

    @Override
    public void dissolve(long teamId, int version, String reason) {
        long g = currentUser.scope().governmentId();
        steps.take(scope -> load(scope, teamId), version, "team.dissolve", reason,
                (team, me) -> team.dissolve(actors(team), reason));
        teams.nominations(g, teamId).stream().filter(n -> n.getState() == NominationState.PROPOSED)
                .forEach(n -> inbox.closeAll(NOMINATION, n.getId()));
    }

    /** How the caller stands to a team: head of its owner unit or above, signer of its decree. */
    private Set<Actor> actors(WorkTeam team) {
        AccessScope scope = currentUser.scope();
        Set<Actor> actors = new java.util.HashSet<>();
        if (canEdit(scope, team)) {
            actors.add(Actor.UNIT_HEAD);
        }
        if (canSign(scope, team)) {
            actors.add(Actor.SIGNER);
        }
        return actors;
    }

    /** Who holds a part in a team's chain: the owner unit's head shapes it, the signer's unit head signs it. */
    private Optional<Long> holder(long g, WorkTeam team, Actor actor) {
        Optional<Employee> e = switch (actor.kind()) {
            case UNIT_HEAD -> editorOf(g, team);
            case SIGNER -> head(g, signerUnit(team)).or(() -> {
                throw new BusinessRuleException("team.signerVacant");
            });
            case REGIONAL_SECRETARY -> secretary(g);
            default -> Optional.empty();
        };
        return e.map(Employee::getId);
    }

    // ---- scoping helpers

    private WorkTeam load(AccessScope scope, long teamId) {
        return teams.team(scope.governmentId(), teamId).orElseThrow(() -> new NotFoundException("team", teamId));
    }

    private WorkTeam editable(AccessScope scope, long teamId, int version) {
        WorkTeam team = load(scope, teamId);
        requireEdit(scope, team);
        ConcurrentEditException.check("team", team.getVersion(), version);
        return team;
    }

    /** The head of the owner unit or of a unit above it. */
    private static boolean canEdit(AccessScope scope, WorkTeam team) {
        return heads(scope, team.getOwnerUnit());
    }

    private static boolean heads(AccessScope scope, OrgUnit unit) {
        return scope.governmentId() == unit.getGovernment().getId()
                && scope.headedPaths().stream().anyMatch(unit.getPath()::startsWith);
    }

    private static void requireEdit(AccessScope scope, WorkTeam team) {
        if (!canEdit(scope, team)) {
            throw new AccessDeniedException("team.edit");
        }
    }

    private void requireSee(AccessScope scope, WorkTeam team) {
        boolean member = scope.employeeId() != null
                && team.getMembers().stream().anyMatch(m -> m.getEmployee().getId().equals(scope.employeeId()));
        if (!(scope.seesWholeGovernment() || canEdit(scope, team) || member)) {
            throw new AccessDeniedException("team.view");
        }
    }

    private boolean canSign(AccessScope scope, WorkTeam team) {
        return scope.employeeId() != null && scope.headedPaths().contains(signerUnit(team).getPath());
    }

    private static OrgUnit signerUnit(WorkTeam team) {
        return team.decreeSigner() == DecreeSigner.OWNER_UNIT_HEAD ? team.getOwnerUnit()
                : departmentRoot(team.getOwnerUnit());
    }

    private static OrgUnit departmentRoot(OrgUnit unit) {
        OrgUnit u = unit;
        while (!u.isRoot()) {
            u = u.getParent();
        }
        return u;
    }

    private Optional<Employee> head(long g, OrgUnit unit) {
        return organisation.headPosition(g, unit.getId())
                .flatMap(p -> organisation.holders(g, p.getId(), LocalDate.now()).stream().findFirst());
    }

    /** Who shapes the team next: the owner unit's head, else the department head. */
    private Optional<Employee> editorOf(long g, WorkTeam team) {
        return head(g, team.getOwnerUnit()).or(() -> head(g, departmentRoot(team.getOwnerUnit())));
    }

    /** The Sekretaris Daerah: head of the root unit of the Sekretariat Daerah. */
    private Optional<Employee> secretary(long g) {
        return organisation.rootUnits(g).stream()
                .filter(u -> u.getDepartment().getType() == UnitType.SEKRETARIAT_DAERAH)
                .findFirst().flatMap(u -> head(g, u));
    }

    private boolean isSecretary(AccessScope scope) {
        return scope.employeeId() != null
                && secretary(scope.governmentId()).map(s -> s.getId().equals(scope.employeeId())).orElse(false);
    }

    private PolicyProfile policy(long g) {
        return organisation.policy(g).orElseThrow(() -> new NotFoundException("policy", g));
    }

    private static TeamMember member(WorkTeam team, long memberId) {
        return team.getMembers().stream().filter(m -> Objects.equals(m.getId(), memberId)).findFirst()
                .orElseThrow(() -> new NotFoundException("member", memberId));
    }

    private static String positionTitle(Employee e) {
        return e.placementOn(LocalDate.now()).map(Placement::getPosition).map(Position::getTitle).orElse(null);
    }

    /** The office line of a signature, e.g. "KEPALA DINAS KESEHATAN". */
    private static String officeOf(Employee signer, OrgUnit unit) {
        return signer.placementOn(LocalDate.now()).map(Placement::getPosition)
                .filter(p -> p.isHeadsUnit() && p.getUnit().equals(unit))
                .map(Position::getTitle).orElse("Kepala " + unit.getName()).toUpperCase(Locale.ROOT);
    }

    /** Before signing, the draft shows who is to sign. */
    private TeamDecrees.Signer draftSignature(AccessScope scope, WorkTeam team) {
        if (team.getSignerName() != null) {
            return new TeamDecrees.Signer(team.getSignerOffice(), team.getSignerName(), team.getSignerRank(),
                    team.getSignerNip());
        }
        OrgUnit unit = signerUnit(team);
        return head(scope.governmentId(), unit)
                .map(e -> new TeamDecrees.Signer(officeOf(e, unit), e.getName(),
                        e.getRank() == null ? null : e.getRank().getLabel(), e.getNip() == null ? null : e.getNip().value()))
                .orElse(new TeamDecrees.Signer(("Kepala " + unit.getName()).toUpperCase(Locale.ROOT), "", null, null));
    }

    // ---- views

    private static TeamSummary summary(WorkTeam t) {
        return new TeamSummary(t.getId(), t.getName(), t.getKind(), t.getState(), t.getOwnerUnit().getName(),
                t.getStartDate(), t.getEndDate(), t.lead().map(l -> l.getEmployee().getName()).orElse(null),
                t.getMembers().size(), t.getDecreeNumber());
    }

    private TeamView view(AccessScope scope, WorkTeam t) {
        long g = scope.governmentId();
        PolicyProfile policy = policy(g);
        LocalDate today = LocalDate.now();
        List<TargetView> targets = new ArrayList<>();
        for (int i = 0; i < t.getTargets().size(); i++) {
            TeamTarget target = t.getTargets().get(i);
            targets.add(new TargetView(i, target.getObjective(), target.getIndicator(), target.getTarget()));
        }
        List<MemberView> members = t.getMembers().stream().map(m -> {
            Employee e = m.getEmployee();
            Optional<Position> p = e.placementOn(today).map(Placement::getPosition);
            return new MemberView(m.getId(), e.getId(), e.getName(), e.getNip() == null ? null : e.getNip().formatted(),
                    p.map(Position::getTitle).orElse(null), p.map(x -> x.getUnit().getName()).orElse(null),
                    m.getRole(), m.getTask(), m.getApproval(), m.getApprovalReason(), m.getRole().mayRecommendRatings());
        }).toList();
        List<Warning> warnings = new ArrayList<>();
        t.lead().ifPresent(l -> {
            if (LeadRules.leadOutsideOwnerUnit(t, l.getEmployee(), today)) {
                warnings.add(new Warning("team.warn.leadOutsideOwnerUnit",
                        List.of(l.getEmployee().getName(), t.getOwnerUnit().getName())));
            }
        });
        if (t.lead().isEmpty() && t.getState() == WorkTeamState.DRAFT) {
            warnings.add(new Warning("team.warn.noLead", List.of()));
        }
        for (TeamMember m : t.getMembers()) {
            if (LeadRules.technicalGradeDiffers(m.getRole(), m.getEmployee(), today)) {
                warnings.add(new Warning("team.warn.technicalGrade." + m.getRole().name(),
                        List.of(m.getEmployee().getName())));
            }
        }
        List<NominationView> nominations = teams.nominations(g, t.getId()).stream().map(WorkTeamsBean::nominationView)
                .toList();
        boolean secretary = isSecretary(scope);
        return new TeamView(t.getId(), t.getVersion(), t.getName(), t.getPurpose(), t.getKind(), t.getState(),
                t.getOwnerUnit().getId(), t.getOwnerUnit().getName(), t.getOwnerUnit().getDepartment().getName(),
                t.getStartDate(), t.getEndDate(), t.getDecreeNumber(), t.getDecreeDate(), t.decreeSigner(),
                t.getSignerName(), targets, members, warnings, nominations,
                LeadRules.nominationRequired(policy, t.getKind()),
                policy.getLeadSelection() == LeadSelection.PRIORITY_LIST, policy.isTechnicalLeadRoles(),
                canEdit(scope, t), canSign(scope, t), secretary,
                heads(scope, departmentRoot(t.getOwnerUnit())) && policy.isTechnicalLeadRoles(),
                mayFollowSkps(scope, t), t.skpYear(today));
    }

    private static NominationView nominationView(LeadNomination n) {
        return new NominationView(n.getId(), n.getVersion(), n.getTeam().getId(), n.getTeam().getName(),
                n.getTeam().getOwnerUnit().getDepartment().getName(), n.getOccasion(), n.getState(),
                n.getCandidates().stream().map(c -> new CandidateView(c.getId(), c.getName(), positionTitle(c))).toList(),
                n.getRecommended() == null ? null : n.getRecommended().getName(), n.getReason(), n.getNominatedBy());
    }
}
