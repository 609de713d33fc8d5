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
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.organisation.OrganisationRepository;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.shared.NotFoundException;
import id.sikerja.domain.policy.DecreeSigner;
import id.sikerja.domain.team.LeadNomination;
import id.sikerja.domain.team.LeadRules;
import id.sikerja.domain.team.TeamDecree;
import id.sikerja.domain.team.TeamMember;
import id.sikerja.domain.team.TeamRepository;
import id.sikerja.domain.team.TechnicalApproval;
import id.sikerja.domain.team.WorkTeam;
import id.sikerja.domain.team.WorkTeamState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The steps of a team's chains: the Sekda's answer on technical roles (JB Pasal 22), and the decree (submit,
 * return, sign, end, dissolve) and its amendments, each taken through the step service; the nomination of ketua
 * candidates is {@link NominationSteps}. {@link WorkTeamsBean} exposes them.
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

    @Inject
    TeamDecrees decrees;

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

    // ---- decree and its amendments

    /** The head chooses who signs the decree, within what the policy allows for the kind (KL Pasal 1 angka 24). */
    public void chooseDecreeSigner(long teamId, int version, DecreeSigner signer) {
        AccessScope scope = currentUser.scope();
        WorkTeam team = support.editable(scope, teamId, version);
        DecreeSigner before = team.decreeSigner();
        team.chooseDecreeSigner(support.policy(scope.governmentId()), signer);
        organisation.bumpVersion(team);
        teams.flush();
        audit.record(TEAM, team.getId(), "team.chooseSigner", before.name(), signer.name(), null);
    }

    /** Sends the draft decree, or the amending decree, to its signer. */
    public void submit(long teamId, int version) {
        long g = currentUser.scope().governmentId();
        PolicyProfile policy = support.policy(g);
        boolean amending = teams.team(g, teamId).map(t -> t.getState() == WorkTeamState.AMENDING).orElse(false);
        steps.take(scope -> support.load(scope, teamId), version, amending ? "team.submitAmendment" : "team.submit",
                null, (team, me) -> {
                    team.lead().ifPresent(l -> LeadRules.requireNoSecondGroup(policy, team, l.getEmployee(),
                            teams.activeTeamsLedBy(g, l.getEmployee().getId())));
                    if (amending) {
                        team.submitAmendment(support.actors(team));
                    } else {
                        LeadNomination latest = teams.nominations(g, teamId).stream().findFirst().orElse(null);
                        team.submit(support.actors(team), policy, latest);
                    }
                }, actor -> support.holder(g, teams.team(g, teamId).orElseThrow(), actor));
    }

    /** The signer returns the draft decree, or the amending decree, with a reason. */
    public void returnToDraft(long teamId, int version, String reason) {
        long g = currentUser.scope().governmentId();
        boolean amendment = teams.team(g, teamId).map(t -> t.getState() == WorkTeamState.AMENDMENT_SUBMITTED)
                .orElse(false);
        steps.take(scope -> support.load(scope, teamId), version, amendment ? "team.returnAmendment" : "team.return",
                reason, (team, me) -> {
                    if (amendment) {
                        team.returnAmendment(support.actors(team), reason);
                    } else {
                        team.returnToDraft(support.actors(team), reason);
                    }
                }, actor -> support.holder(g, teams.team(g, teamId).orElseThrow(), actor));
    }

    /**
     * The head starts changing an established team's composition: the decree in force is kept as issued first
     * (decrees signed before decrees were kept get their document now, while the team is still as decreed).
     */
    public void amend(long teamId, int version) {
        long g = currentUser.scope().governmentId();
        steps.take(scope -> support.load(scope, teamId), version, "team.amend", null, (team, me) -> {
            if (teams.decrees(g, teamId).isEmpty() && team.getDecreeNumber() != null) {
                teams.add(new TeamDecree(team, team.getDecreeNumber(), team.getDecreeDate(), null,
                        team.getSignerName(), decrees.pdf(team, support.draftSignature(currentUser.scope(), team))));
            }
            team.amend(support.actors(team));
        });
    }

    /**
     * Signs the decree (the team is established) or the amending decree (a new numbered decree that names the one
     * it amends); either is kept as signed. Returns the number.
     */
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
        TeamDecrees.Signer printed = new TeamDecrees.Signer(TeamSupport.officeOf(signer, unit), signer.getName(),
                signer.getRank() == null ? null : signer.getRank().getLabel(),
                signer.getNip() == null ? null : signer.getNip().value());
        if (team.getState() == WorkTeamState.AMENDMENT_SUBMITTED) {
            List<TeamDecree> issued = teams.decrees(g, teamId);
            TeamDecree amended = issued.get(issued.size() - 1);
            steps.take(sc -> team, version, "team.signAmendment", number, (t, me) -> {
                t.signAmendment(support.actors(t));
                teams.add(new TeamDecree(t, number, today, amended.getNumber(), signer.getName(),
                        decrees.amendmentPdf(t, printed, new TeamDecrees.Amendment(amended.getNumber(),
                                amended.getDecreeDate(), number, today))));
            });
            return number;
        }
        steps.take(sc -> team, version, "team.sign", number, (t, me) -> {
            t.establish(support.actors(t), number, today, printed.office(), printed.name(), printed.rank(),
                    printed.nip());
            teams.add(new TeamDecree(t, number, today, null, signer.getName(), decrees.pdf(t, printed)));
        });
        return number;
    }

    /**
     * The decree as it stands: the signed one, or a draft without number before signing; while the composition is
     * being amended, the draft amending decree naming the decree in force.
     */
    WorkTeams.Decree currentDecree(AccessScope scope, WorkTeam team) {
        if (team.getState() == WorkTeamState.AMENDING || team.getState() == WorkTeamState.AMENDMENT_SUBMITTED) {
            List<TeamDecree> issued = teams.decrees(scope.governmentId(), team.getId());
            TeamDecree amended = issued.get(issued.size() - 1);
            return new WorkTeams.Decree("SK-Tim-" + team.getId() + "-perubahan-draf.pdf",
                    decrees.amendmentPdf(team, support.draftSignature(scope, team),
                            new TeamDecrees.Amendment(amended.getNumber(), amended.getDecreeDate(), null, null)));
        }
        String file = "SK-Tim-" + team.getId() + (team.getDecreeNumber() == null ? "-draf" : "") + ".pdf";
        return new WorkTeams.Decree(file, decrees.pdf(team, support.draftSignature(scope, team)));
    }

    public void end(long teamId, int version) {
        steps.take(scope -> support.load(scope, teamId), version, "team.end", null, (team, me) -> team.end(support.actors(team)));
    }

    public void dissolve(long teamId, int version, String reason) {
        long g = currentUser.scope().governmentId();
        steps.take(scope -> support.load(scope, teamId), version, "team.dissolve", reason,
                (team, me) -> team.dissolve(support.actors(team), reason));
        teams.nominations(g, teamId).stream().filter(n -> n.getState().isPending())
                .forEach(n -> inbox.closeAll(NOMINATION, n.getId()));
    }
}
