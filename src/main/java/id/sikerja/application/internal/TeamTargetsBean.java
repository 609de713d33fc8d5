package id.sikerja.application.internal;

import id.sikerja.application.CurrentUser;
import id.sikerja.application.TeamTargets;
import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.organisation.OrganisationRepository;
import id.sikerja.domain.planning.Indicator;
import id.sikerja.domain.planning.Objective;
import id.sikerja.domain.planning.PerformanceAgreement;
import id.sikerja.domain.planning.PlanningRepository;
import id.sikerja.domain.planning.Skp;
import id.sikerja.domain.planning.SkpState;
import id.sikerja.domain.planning.WorkResult;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.shared.ConcurrentEditException;
import id.sikerja.domain.shared.NotFoundException;
import id.sikerja.domain.team.TargetContent;
import id.sikerja.domain.team.TeamMember;
import id.sikerja.domain.team.TeamMemberTarget;
import id.sikerja.domain.team.TeamRepository;
import id.sikerja.domain.team.TeamTarget;
import id.sikerja.domain.team.WorkTeam;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@link TeamTargets}: every call scoped through {@link CurrentUser#scope()} and {@link TeamSupport}. */
@Stateless
public class TeamTargetsBean implements TeamTargets {

    @Inject
    CurrentUser currentUser;

    @Inject
    TeamRepository teams;

    @Inject
    TeamSupport support;

    @Inject
    PlanningRepository planning;

    @Inject
    PlanningSupport planningSupport;

    @Inject
    OrganisationRepository organisation;

    // ---- the team's targets (the head of the owner unit or above)

    @Override
    public long addTarget(long teamId, int teamVersion, TargetData data) {
        AccessScope scope = currentUser.scope();
        WorkTeam team = support.editable(scope, teamId, teamVersion);
        TeamTarget target = team.addTarget(content(data));
        linkIndicator(scope, team, target, data.agreementIndicatorId());
        organisation.bumpVersion(team);
        teams.flush();
        return target.getId();
    }

    @Override
    public void updateTarget(long teamId, long targetId, int targetVersion, TargetData data) {
        AccessScope scope = currentUser.scope();
        WorkTeam team = support.load(scope, teamId);
        TeamSupport.requireEdit(scope, team);
        TeamTarget target = targetOf(team, targetId);
        ConcurrentEditException.check("teamTarget", target.getVersion(), targetVersion);
        team.reviseTarget(target, content(data));
        linkIndicator(scope, team, target, data.agreementIndicatorId());
        teams.flush();
    }

    @Override
    public void removeTarget(long teamId, int teamVersion, long targetId) {
        AccessScope scope = currentUser.scope();
        WorkTeam team = support.editable(scope, teamId, teamVersion);
        team.removeTarget(targetOf(team, targetId));
        organisation.bumpVersion(team);
        teams.flush();
    }

    @Override
    public void moveTarget(long teamId, int teamVersion, long targetId, int step) {
        AccessScope scope = currentUser.scope();
        WorkTeam team = support.editable(scope, teamId, teamVersion);
        team.moveTarget(targetOf(team, targetId), step);
        organisation.bumpVersion(team);
        teams.flush();
    }

    @Override
    public List<IndicatorOption> indicatorOptions(long teamId) {
        AccessScope scope = currentUser.scope();
        WorkTeam team = support.load(scope, teamId);
        TeamSupport.requireEdit(scope, team);
        List<IndicatorOption> options = new ArrayList<>();
        for (PerformanceAgreement a : agreementsOf(scope, team)) {
            for (Objective o : a.getObjectives()) {
                for (Indicator i : o.getIndicators()) {
                    options.add(new IndicatorOption(i.getId(), a.getYear(), o.getText(), i.getText()));
                }
            }
        }
        return options;
    }

    private List<PerformanceAgreement> agreementsOf(AccessScope scope, WorkTeam team) {
        return planning.agreementsOfUnit(scope.governmentId(), team.getOwnerUnit().getId(),
                team.getStartDate().getYear(), team.getEndDate().getYear());
    }

    private void linkIndicator(AccessScope scope, WorkTeam team, TeamTarget target, Long indicatorId) {
        if (Objects.equals(indicatorId, target.getAgreementIndicatorId())) {
            return;
        }
        PerformanceAgreement agreement = indicatorId == null ? null : planning.indicator(scope.governmentId(), indicatorId)
                .map(i -> i.getObjective().getAgreement())
                .orElseThrow(() -> new BusinessRuleException("team.indicatorNotOwners", team.getOwnerUnit().getName()));
        team.linkTargetToIndicator(target, indicatorId, agreement);
    }

    private static TargetContent content(TargetData data) {
        return new TargetContent(data.objective(), data.indicator(), data.target(), data.targetNumeric(), data.unit());
    }

    private static TeamTarget targetOf(WorkTeam team, long targetId) {
        return team.target(targetId).orElseThrow(() -> new NotFoundException("teamTarget", targetId));
    }

    // ---- members' own targets (the heads above and the team's ketua)

    @Override
    public long addMemberTarget(long teamId, long memberId, MemberTargetData data) {
        AccessScope scope = currentUser.scope();
        WorkTeam team = memberTargetsEditable(scope, teamId);
        TeamMember member = TeamSupport.member(team, memberId);
        TeamMemberTarget t = member.addTarget(targetOf(team, data.teamTargetId()), memberContent(data));
        teams.flush();
        return t.getId();
    }

    @Override
    public void updateMemberTarget(long teamId, long memberTargetId, int version, MemberTargetData data) {
        AccessScope scope = currentUser.scope();
        WorkTeam team = memberTargetsEditable(scope, teamId);
        TeamMemberTarget own = memberTarget(team, memberTargetId);
        ConcurrentEditException.check("memberTarget", own.getVersion(), version);
        own.getMember().reviseTarget(own, targetOf(team, data.teamTargetId()), memberContent(data));
        teams.flush();
    }

    @Override
    public void removeMemberTarget(long teamId, long memberTargetId, int version) {
        AccessScope scope = currentUser.scope();
        WorkTeam team = memberTargetsEditable(scope, teamId);
        TeamMemberTarget own = memberTarget(team, memberTargetId);
        ConcurrentEditException.check("memberTarget", own.getVersion(), version);
        own.getMember().removeTarget(own);
        teams.flush();
    }

    private WorkTeam memberTargetsEditable(AccessScope scope, long teamId) {
        WorkTeam team = support.load(scope, teamId);
        if (!TeamSupport.maySetMemberTargets(scope, team)) {
            throw new AccessDeniedException("team.memberTargets");
        }
        return team;
    }

    private static TargetContent memberContent(MemberTargetData data) {
        return TargetContent.text(data.objective(), data.indicator(), data.target());
    }

    private static TeamMemberTarget memberTarget(WorkTeam team, long id) {
        return team.getMembers().stream().flatMap(m -> m.getTargets().stream())
                .filter(t -> t.getId() != null && t.getId() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("memberTarget", id));
    }

    // ---- SKP results serving a team target (the SKP's owner)

    @Override
    public SkpTeamLinks skpLinks(long skpId) {
        AccessScope scope = currentUser.scope();
        Skp skp = planningSupport.visibleSkp(scope, skpId);
        List<TeamTargetOption> options = teams.teamsWithMember(scope.governmentId(), skp.getEmployeeId()).stream()
                .flatMap(t -> t.getTargets().stream())
                .filter(t -> t.servableBy(skp.getEmployeeId(), skp.getPeriodStart(), skp.getPeriodEnd()))
                .map(t -> new TeamTargetOption(t.getId(), t.getTeam().getId(), t.getTeam().getName(), t.getObjective(),
                        t.getIndicator(), t.getTarget()))
                .toList();
        Map<Long, Long> served = new LinkedHashMap<>();
        for (WorkResult r : skp.getResults()) {
            if (r.getTeamTargetId() != null) {
                served.put(r.getId(), r.getTeamTargetId());
            }
        }
        boolean editable = Long.valueOf(skp.getEmployeeId()).equals(scope.employeeId())
                && skp.getState() != SkpState.CLOSED;
        return new SkpTeamLinks(editable, options, served);
    }

    @Override
    public void serveTeamTarget(long skpId, long resultId, Long teamTargetId) {
        AccessScope scope = currentUser.scope();
        Skp skp = planningSupport.visibleSkp(scope, skpId);
        if (scope.employeeId() == null) {
            throw new AccessDeniedException("skp.edit");
        }
        if (teamTargetId != null) {
            TeamTarget target = teams.target(scope.governmentId(), teamTargetId)
                    .orElseThrow(() -> new NotFoundException("teamTarget", teamTargetId));
            if (!target.servableBy(skp.getEmployeeId(), skp.getPeriodStart(), skp.getPeriodEnd())) {
                throw new BusinessRuleException("skp.teamTargetNotOurs");
            }
        }
        skp.serveTeamTarget(scope.employeeId(), resultId, teamTargetId);
        teams.flush();
    }
}
