package id.sikerja.application.internal;

import id.sikerja.application.CurrentUser;
import id.sikerja.domain.workflow.Actor;
import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.access.AccountRepository;
import id.sikerja.domain.access.Role;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.organisation.OrganisationRepository;
import id.sikerja.domain.organisation.Placement;
import id.sikerja.domain.organisation.Position;
import id.sikerja.domain.organisation.UnitType;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.shared.ConcurrentEditException;
import id.sikerja.domain.shared.NotFoundException;
import id.sikerja.application.WorkTeams;
import id.sikerja.domain.policy.DecreeSigner;
import id.sikerja.domain.team.LeadRules;
import id.sikerja.domain.team.TeamMember;
import id.sikerja.domain.team.TeamRepository;
import id.sikerja.domain.team.WorkTeam;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who stands where to a work team: who may see it, shape it (the head of the owner unit or of a unit
 * above), sign its decree (the head the team's kind names), answer nominations (the Sekda). Shared by the
 * team services; runs in the caller's transaction.
 */
@ApplicationScoped
public class TeamSupport {

    @Inject
    CurrentUser currentUser;

    @Inject
    TeamRepository teams;

    @Inject
    OrganisationRepository organisation;

    @Inject
    AccountRepository accounts;

    WorkTeam load(AccessScope scope, long teamId) {
        return teams.team(scope.governmentId(), teamId).orElseThrow(() -> new NotFoundException("team", teamId));
    }

    WorkTeam editable(AccessScope scope, long teamId, int version) {
        WorkTeam team = load(scope, teamId);
        requireEdit(scope, team);
        ConcurrentEditException.check("team", team.getVersion(), version);
        return team;
    }

    /** The head of the owner unit or of a unit above it. */
    static boolean canEdit(AccessScope scope, WorkTeam team) {
        return heads(scope, team.getOwnerUnit());
    }

    static boolean heads(AccessScope scope, OrgUnit unit) {
        return scope.governmentId() == unit.getGovernment().getId()
                && scope.headedPaths().stream().anyMatch(unit.getPath()::startsWith);
    }

    static void requireEdit(AccessScope scope, WorkTeam team) {
        if (!canEdit(scope, team)) {
            throw new AccessDeniedException("team.edit");
        }
    }

    /** The team's ketua. */
    static boolean isLead(AccessScope scope, WorkTeam team) {
        return scope.employeeId() != null
                && team.lead().map(l -> l.getEmployee().getId().equals(scope.employeeId())).orElse(false);
    }

    /**
     * Who sets the members' own targets: the heads who shape the team, and its ketua, who divides the work among the
     * members (KU Lampiran II huruf B angka 2 huruf b; PS Lampiran III annex).
     */
    static boolean maySetMemberTargets(AccessScope scope, WorkTeam team) {
        return canEdit(scope, team) || isLead(scope, team);
    }

    void requireSee(AccessScope scope, WorkTeam team) {
        boolean member = scope.employeeId() != null
                && team.getMembers().stream().anyMatch(m -> m.getEmployee().getId().equals(scope.employeeId()));
        if (!(scope.seesWholeGovernment() || canEdit(scope, team) || member)) {
            throw new AccessDeniedException("team.view");
        }
    }

    boolean canSign(AccessScope scope, WorkTeam team) {
        return scope.employeeId() != null && scope.headedPaths().contains(signerUnit(team).getPath());
    }

    static OrgUnit signerUnit(WorkTeam team) {
        return team.decreeSigner() == DecreeSigner.OWNER_UNIT_HEAD ? team.getOwnerUnit()
                : departmentRoot(team.getOwnerUnit());
    }

    static OrgUnit departmentRoot(OrgUnit unit) {
        OrgUnit u = unit;
        while (!u.isRoot()) {
            u = u.getParent();
        }
        return u;
    }

    Optional<Employee> head(long g, OrgUnit unit) {
        return organisation.headPosition(g, unit.getId())
                .flatMap(p -> organisation.holders(g, p.getId(), LocalDate.now()).stream().findFirst());
    }

    /** Who shapes the team next: the owner unit's head, else the department head. */
    Optional<Employee> editorOf(long g, WorkTeam team) {
        return head(g, team.getOwnerUnit()).or(() -> head(g, departmentRoot(team.getOwnerUnit())));
    }

    /** The Sekretaris Daerah: head of the root unit of the Sekretariat Daerah. */
    Optional<Employee> secretary(long g) {
        return organisation.rootUnits(g).stream()
                .filter(u -> u.getDepartment().getType() == UnitType.SEKRETARIAT_DAERAH)
                .findFirst().flatMap(u -> head(g, u));
    }

    /**
     * The personnel office (the Perangkat Daerah yang membidangi kepegawaian, KL Pasal 14 ayat (1) huruf a): the
     * government's administrators; the longest-standing one with an employee record gets the inbox task, any of
     * them may act.
     */
    Optional<Employee> personnelOffice(long g) {
        return accounts.all(g).stream().filter(a -> a.isEnabled() && a.getGrants().contains(Role.ADMIN)
                        && a.getEmployee() != null)
                .min(java.util.Comparator.comparing(a -> a.getId())).map(a -> a.getEmployee());
    }

    static boolean isPersonnelOffice(AccessScope scope) {
        return scope.employeeId() != null && scope.has(Role.ADMIN);
    }

    boolean isSecretary(AccessScope scope) {
        return scope.employeeId() != null
                && secretary(scope.governmentId()).map(s -> s.getId().equals(scope.employeeId())).orElse(false);
    }

    /** A person as the team pickers offer them, marked where the policy prefers them as lead (LeadRules). */
    WorkTeams.PersonOption option(Employee e, PolicyProfile policy) {
        LocalDate today = LocalDate.now();
        Optional<Position> p = e.placementOn(today).map(Placement::getPosition);
        return new WorkTeams.PersonOption(e.getId(), e.getName(), e.getNip() == null ? null : e.getNip().formatted(),
                p.map(Position::getTitle).orElse(null), p.map(x -> x.getUnit().getName()).orElse(null),
                LeadRules.preferredForLead(policy, e, today));
    }

    PolicyProfile policy(long g) {
        return organisation.policy(g).orElseThrow(() -> new NotFoundException("policy", g));
    }

    static TeamMember member(WorkTeam team, long memberId) {
        return team.getMembers().stream().filter(m -> Objects.equals(m.getId(), memberId)).findFirst()
                .orElseThrow(() -> new NotFoundException("member", memberId));
    }

    static String positionTitle(Employee e) {
        return e.placementOn(LocalDate.now()).map(Placement::getPosition).map(Position::getTitle).orElse(null);
    }

    /** The office line of a signature, e.g. "KEPALA DINAS KESEHATAN". */
    static String officeOf(Employee signer, OrgUnit unit) {
        return signer.placementOn(LocalDate.now()).map(Placement::getPosition)
                .filter(p -> p.isHeadsUnit() && p.getUnit().equals(unit))
                .map(Position::getTitle).orElse("Kepala " + unit.getName()).toUpperCase(Locale.ROOT);
    }

    /** Before signing, the draft shows who is to sign. */
    TeamDecrees.Signer draftSignature(AccessScope scope, WorkTeam team) {
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

    /** How the caller stands to a team: head of its owner unit or above, signer of its decree. */
    Set<Actor> actors(WorkTeam team) {
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
    Optional<Long> holder(long g, WorkTeam team, Actor actor) {
        Optional<Employee> e = switch (actor.kind()) {
            case UNIT_HEAD -> editorOf(g, team);
            case SIGNER -> head(g, signerUnit(team)).or(() -> {
                throw new BusinessRuleException("team.signerVacant");
            });
            case REGIONAL_SECRETARY -> secretary(g);
            case PERSONNEL_OFFICE -> personnelOffice(g);
            default -> Optional.empty();
        };
        return e.map(Employee::getId);
    }
}
