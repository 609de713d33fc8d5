package id.sikerja.application.internal;

import id.sikerja.application.WorkTeams.CandidateView;
import id.sikerja.application.WorkTeams.Decree;
import id.sikerja.application.WorkTeams.RankedCandidate;
import id.sikerja.domain.organisation.OrganisationRepository;
import id.sikerja.domain.shared.NotFoundException;
import id.sikerja.domain.team.LeadCandidateRanking;
import id.sikerja.domain.team.TeamDecree;
import java.util.LinkedHashMap;
import java.util.Map;
import id.sikerja.application.WorkTeams.DecreeView;
import id.sikerja.application.WorkTeams.MemberTargetView;
import id.sikerja.application.WorkTeams.MemberView;
import id.sikerja.application.WorkTeams.NominationView;
import id.sikerja.application.WorkTeams.TargetView;
import id.sikerja.application.WorkTeams.TeamSummary;
import id.sikerja.application.WorkTeams.TeamView;
import id.sikerja.application.WorkTeams.Warning;
import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.access.Role;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.Placement;
import id.sikerja.domain.organisation.Position;
import id.sikerja.domain.planning.PlanningRepository;
import id.sikerja.domain.policy.LeadSelection;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.team.LeadNomination;
import id.sikerja.domain.team.LeadRules;
import id.sikerja.domain.team.TeamMember;
import id.sikerja.domain.team.TeamRepository;
import id.sikerja.domain.team.TeamTarget;
import id.sikerja.domain.team.WorkTeam;
import id.sikerja.domain.team.WorkTeamState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What a work team looks like to the caller: its view with warnings, nominations and what the caller may do. */
@ApplicationScoped
public class TeamViews {

    @Inject
    TeamRepository teams;

    @Inject
    TeamSupport support;

    @Inject
    OrganisationRepository organisation;

    @Inject
    PlanningRepository planning;

    static TeamSummary summary(WorkTeam t) {
        return new TeamSummary(t.getId(), t.getName(), t.getKind(), t.getState(), t.getOwnerUnit().getName(),
                t.getStartDate(), t.getEndDate(), t.lead().map(l -> l.getEmployee().getName()).orElse(null),
                t.getMembers().size(), t.getDecreeNumber());
    }

    TeamView view(AccessScope scope, WorkTeam t) {
        long g = scope.governmentId();
        PolicyProfile policy = support.policy(g);
        LocalDate today = LocalDate.now();
        List<TeamTarget> ordered = t.getTargets();
        Map<Long, Integer> numbers = new HashMap<>();
        List<TargetView> targets = new ArrayList<>();
        for (TeamTarget target : ordered) {
            numbers.put(target.getId(), targets.size() + 1);
            targets.add(new TargetView(target.getId(), target.getVersion(), targets.size() + 1, target.getObjective(),
                    target.getIndicator(), target.getTarget(), target.getTargetNumeric(), target.getUnit(),
                    target.getAgreementIndicatorId(), indicatorText(g, target.getAgreementIndicatorId())));
        }
        boolean seesAllMemberTargets = TeamSupport.maySetMemberTargets(scope, t) || scope.seesWholeGovernment();
        List<MemberView> members = t.getMembers().stream().map(m -> {
            Employee e = m.getEmployee();
            Optional<Position> p = e.placementOn(today).map(Placement::getPosition);
            boolean own = e.getId().equals(scope.employeeId());
            List<MemberTargetView> ownTargets = seesAllMemberTargets || own ? m.getTargets().stream()
                    .map(x -> new MemberTargetView(x.getId(), x.getVersion(), x.getServed().getId(),
                            numbers.getOrDefault(x.getServed().getId(), 0), x.getObjective(), x.getIndicator(),
                            x.getTarget())).toList() : List.of();
            return new MemberView(m.getId(), e.getId(), e.getName(), e.getNip() == null ? null : e.getNip().formatted(),
                    p.map(Position::getTitle).orElse(null), p.map(x -> x.getUnit().getName()).orElse(null),
                    m.getRole(), m.getTask(), m.getApproval(), m.getApprovalReason(), m.getRole().mayRecommendRatings(),
                    ownTargets);
        }).toList();
        List<Warning> warnings = new ArrayList<>();
        t.lead().ifPresent(l -> {
            if (LeadRules.leadOutsideOwnerUnit(t, l.getEmployee(), today)) {
                warnings.add(new Warning("team.warn.leadOutsideOwnerUnit",
                        List.of(l.getEmployee().getName(), t.getOwnerUnit().getName())));
            }
        });
        if (t.lead().isEmpty() && t.getState().isShapeable()) {
            warnings.add(new Warning("team.warn.noLead", List.of()));
        }
        for (TeamMember m : t.getMembers()) {
            if (LeadRules.technicalGradeDiffers(m.getRole(), m.getEmployee(), today)) {
                warnings.add(new Warning("team.warn.technicalGrade." + m.getRole().name(),
                        List.of(m.getEmployee().getName())));
            }
        }
        List<NominationView> nominations = teams.nominations(g, t.getId()).stream().map(TeamViews::nominationView)
                .toList();
        boolean secretary = support.isSecretary(scope);
        List<DecreeView> decrees = teams.decrees(g, t.getId()).stream()
                .map(d -> new DecreeView(d.getId(), d.getNumber(), d.getDecreeDate(), d.getAmendsNumber(),
                        d.getSignerName())).toList();
        return new TeamView(t.getId(), t.getVersion(), t.getName(), t.getPurpose(), t.getKind(), t.getState(),
                t.getOwnerUnit().getId(), t.getOwnerUnit().getName(), t.getOwnerUnit().getDepartment().getName(),
                t.getStartDate(), t.getEndDate(), t.getDecreeNumber(), t.getDecreeDate(), t.decreeSigner(),
                t.getSignerName(), targets, members, warnings, nominations,
                LeadRules.nominationRequired(policy, t.getKind()),
                policy.getLeadSelection() == LeadSelection.PRIORITY_LIST, policy.isTechnicalLeadRoles(),
                TeamSupport.canEdit(scope, t), support.canSign(scope, t), secretary,
                TeamSupport.heads(scope, TeamSupport.departmentRoot(t.getOwnerUnit())) && policy.isTechnicalLeadRoles(),
                mayFollowSkps(scope, t), t.skpYear(today), WorkTeam.allowedDecreeSigners(policy, t.getKind()), decrees,
                TeamSupport.isPersonnelOffice(scope),
                TeamSupport.maySetMemberTargets(scope, t) && t.getState() == WorkTeamState.DRAFT);
    }

    /** "indicator (target unit)" of the agreement indicator a target serves, or null. */
    private String indicatorText(long g, Long indicatorId) {
        if (indicatorId == null) {
            return null;
        }
        return planning.indicator(g, indicatorId).map(i -> i.getText() + " ("
                + (i.getTarget().getValue() + " " + Objects.toString(i.getTarget().getUnit(), "")).strip() + ")")
                .orElse(null);
    }

    static NominationView nominationView(LeadNomination n) {
        return new NominationView(n.getId(), n.getVersion(), n.getTeam().getId(), n.getTeam().getName(),
                n.getTeam().getOwnerUnit().getDepartment().getName(), n.getOccasion(), n.getState(),
                n.getCandidates().stream().map(c -> new CandidateView(c.getId(), c.getName(), TeamSupport.positionTitle(c))).toList(),
                n.getRecommended() == null ? null : n.getRecommended().getName(), n.getReason(), n.getNominatedBy(),
                n.getDecisionNumber(), n.getDecisionDate());
    }

    /** The ketua, the heads of the owner unit and above, and the personnel office and oversight of the government. */
    static boolean mayFollowSkps(AccessScope scope, WorkTeam team) {
        return TeamSupport.isLead(scope, team) || TeamSupport.canEdit(scope, team) || scope.has(Role.ADMIN) || scope.has(Role.OVERSIGHT);
    }

    /** JB Pasal 21c suggestion: the team's members and the owner unit's staff, ranked. */
    List<RankedCandidate> leadSuggestions(AccessScope scope, WorkTeam team) {
        LocalDate today = LocalDate.now();
        Map<Long, Employee> people = new LinkedHashMap<>();
        team.getMembers().forEach(m -> people.put(m.getEmployee().getId(), m.getEmployee()));
        organisation.placementsInUnit(scope.governmentId(), team.getOwnerUnit().getId(), today)
                .forEach(p -> people.putIfAbsent(p.getEmployee().getId(), p.getEmployee()));
        List<LeadCandidateRanking.Candidate> candidates = people.values().stream()
                .map(e -> LeadCandidateRanking.factsOf(e, today)).flatMap(Optional::stream).toList();
        PolicyProfile policy = support.policy(scope.governmentId());
        return LeadCandidateRanking.rank(candidates).stream()
                .map(r -> new RankedCandidate(r.place(), r.candidate().employeeId(), r.candidate().name(),
                        r.candidate().positionTitle(), r.tier(), r.reasonKey(), r.reasonArgument(),
                        team.getMembers().stream().anyMatch(m -> m.getEmployee().getId() == r.candidate().employeeId()),
                        LeadRules.preferredForLead(policy, people.get(r.candidate().employeeId()), today)))
                .toList();
    }

    /** A decree issued for the team, as signed. */
    Decree issuedDecree(AccessScope scope, WorkTeam team, long decreeId) {
        TeamDecree d = teams.decree(scope.governmentId(), decreeId).filter(x -> x.getTeam().equals(team))
                .orElseThrow(() -> new NotFoundException("decree", decreeId));
        return new Decree("SK-Tim-" + team.getId() + "-" + d.getId() + ".pdf", d.getDocument());
    }
}
