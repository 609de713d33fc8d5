package id.sikerja.interfaces.web.teams;

import id.sikerja.domain.workflow.SubjectType;
import id.sikerja.application.AuditTrail;
import id.sikerja.application.WorkTeams;
import id.sikerja.application.WorkTeams.Decree;
import id.sikerja.application.WorkTeams.PersonOption;
import id.sikerja.application.WorkTeams.RankedCandidate;
import id.sikerja.application.WorkTeams.TeamData;
import id.sikerja.application.WorkTeams.TeamView;
import id.sikerja.domain.shared.NotFoundException;
import id.sikerja.domain.policy.DecreeSigner;
import id.sikerja.domain.team.NominationOccasion;
import id.sikerja.domain.team.TeamRole;
import id.sikerja.domain.team.TechnicalApproval;
import id.sikerja.domain.team.WorkTeamState;
import id.sikerja.interfaces.web.UiMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One team: details, targets, members, lead suggestion and nomination, the Sekda's answers, the decree. */
@Named
@ViewScoped
public class TeamBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient WorkTeams workTeams;

    @Inject
    transient AuditTrail auditTrail;

    private Long id;
    private Long nomination;
    private TeamView team;
    private List<RankedCandidate> suggestions = List.of();
    private List<AuditTrail.Entry> history = List.of();
    private List<WorkTeams.MemberSkpStatus> skpStatus = List.of();

    // details
    private String name;
    private String purpose;
    private LocalDate start;
    private LocalDate end;
    // member
    private PersonOption person;
    private TeamRole role = TeamRole.MEMBER;
    private String task;
    // nomination
    private List<Long> candidateIds = new ArrayList<>();
    private NominationOccasion occasion = NominationOccasion.VACANCY;
    // Sekda
    private Long recommendedId;
    private String note;
    private String reason;
    private DecreeSigner decreeSigner;
    // signer / dissolve
    private String returnReason;
    private String dissolveReason;

    public void load() {
        if (id == null && nomination != null) {
            id = workTeams.teamOfNomination(nomination);
        }
        if (id == null) {
            throw new NotFoundException("team", "");
        }
        team = workTeams.team(id);
        name = team.name();
        purpose = team.purpose();
        start = team.start();
        end = team.end();
        suggestions = team.shapeable() ? workTeams.leadSuggestions(id) : List.of();
        decreeSigner = team.decreeSigner();
        // the year-end round proposes next year's group (KL Pasal 14 ayat (1) huruf b)
        occasion = team.start().getYear() > LocalDate.now().getYear() ? NominationOccasion.YEAR_END
                : NominationOccasion.VACANCY;
        history = auditTrail.history(SubjectType.TEAM, id);
        skpStatus = team.canFollowSkps() ? workTeams.skpStatus(id) : List.of();
    }

    private void after(boolean done, String key, Object... args) {
        if (done) {
            UiMessages.info(key, args);
        }
        load();
    }

    public void saveDetails() {
        after(UiMessages.attempt(() -> workTeams.update(id, team.version(),
                new TeamData(name, purpose, team.kind(), team.ownerUnitId(), start, end))), "saved");
    }

    public List<PersonOption> completePerson(String text) {
        return id == null ? List.of() : workTeams.searchPeople(id, text);
    }

    public void addMember() {
        if (person == null) {
            UiMessages.error("team.personRequired");
            return;
        }
        PersonOption chosen = person;
        boolean done = UiMessages.attempt(() -> workTeams.addMember(id, team.version(), chosen.id(), role, task));
        if (done) {
            person = null;
            task = null;
            role = TeamRole.MEMBER;
        }
        after(done, "team.memberAdded", chosen.name());
    }

    public void removeMember(long memberId) {
        after(UiMessages.attempt(() -> workTeams.removeMember(id, team.version(), memberId)), "team.memberRemoved");
    }

    public void nominate() {
        boolean done = UiMessages.attempt(() -> workTeams.nominate(id, team.version(), candidateIds, occasion)) != null;
        if (done) {
            candidateIds = new ArrayList<>();
        }
        after(done, "team.nominated");
    }

    public void forwardNomination() {
        WorkTeams.NominationView pending = team.pendingNomination();
        if (pending == null) {
            load();
            return;
        }
        after(UiMessages.attempt(() -> workTeams.forwardNomination(pending.id(), pending.version())),
                "team.nominationForwarded");
    }

    public void chooseDecreeSigner() {
        after(UiMessages.attempt(() -> workTeams.chooseDecreeSigner(id, team.version(), decreeSigner)), "saved");
    }

    public void amend() {
        after(UiMessages.attempt(() -> workTeams.amend(id, team.version())), "team.amending");
    }

    /** The Sekda's Keputusan of a nomination, for p:fileDownload. */
    public StreamedContent decisionFile(long nominationId) {
        return pdf(workTeams.nominationDecision(nominationId));
    }

    /** An issued decree of the team, for p:fileDownload. */
    public StreamedContent issuedDecreeFile(long decreeId) {
        return pdf(workTeams.issuedDecree(id, decreeId));
    }

    private static StreamedContent pdf(Decree decree) {
        return DefaultStreamedContent.builder().name(decree.fileName()).contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(decree.pdf())).build();
    }

    public void recommend() {
        WorkTeams.NominationView pending = team.pendingNomination();
        if (pending == null) {
            load();
            return;
        }
        if (recommendedId == null) {
            UiMessages.error("team.candidateRequired");
            return;
        }
        after(UiMessages.attempt(() -> workTeams.recommend(pending.id(), pending.version(), recommendedId, note)),
                "team.recommended");
    }

    public void returnNomination() {
        WorkTeams.NominationView pending = team.pendingNomination();
        if (pending == null) {
            load();
            return;
        }
        after(UiMessages.attempt(() -> workTeams.returnNomination(pending.id(), pending.version(), reason)),
                "team.nominationReturned");
    }

    public void approveTechnical(long memberId) {
        after(UiMessages.attempt(() -> workTeams.decideTechnical(id, memberId, true, null)), "team.technicalApproved");
    }

    public void refuseTechnical(long memberId) {
        after(UiMessages.attempt(() -> workTeams.decideTechnical(id, memberId, false, reason)), "team.technicalRefused");
    }

    public void submit() {
        after(UiMessages.attempt(() -> workTeams.submit(id, team.version())),
                team.state() == WorkTeamState.AMENDING ? "team.amendmentSubmitted" : "team.submitted");
    }

    public void sign() {
        String number = UiMessages.attempt(() -> workTeams.sign(id, team.version()));
        after(number != null, "team.signed", number);
    }

    public void returnToDraft() {
        after(UiMessages.attempt(() -> workTeams.returnToDraft(id, team.version(), returnReason)), "team.returned");
    }

    public void end() {
        after(UiMessages.attempt(() -> workTeams.end(id, team.version())), "team.ended");
    }

    public void dissolve() {
        after(UiMessages.attempt(() -> workTeams.dissolve(id, team.version(), dissolveReason)), "team.dissolved");
    }

    /** The decree PDF for p:fileDownload (built when the button is pressed). */
    public StreamedContent getDecreeFile() {
        return pdf(workTeams.decree(id));
    }

    public List<WorkTeams.MemberSkpStatus> getSkpStatus() {
        return skpStatus;
    }

    public String warningText(WorkTeams.Warning warning) {
        return UiMessages.text(warning.key(), warning.args().toArray());
    }

    /** The reason of a place in the JB Pasal 21c list; a grade is shown with its label. */
    public String reasonText(RankedCandidate candidate) {
        String argument = candidate.reasonArgument();
        if (candidate.tier() == 1 || candidate.tier() == 3) {
            argument = argument == null || argument.isEmpty() ? "" : UiMessages.text("grade." + argument);
        }
        return UiMessages.text(candidate.reasonKey(), argument);
    }

    public boolean isTechnicalPending() {
        return team != null && team.members().stream().anyMatch(m -> m.approval() == TechnicalApproval.PENDING);
    }

    public TeamRole[] getRoles() {
        if (team != null && team.technicalRoles() && team.canAppointTechnical()) {
            return TeamRole.values();
        }
        return new TeamRole[]{TeamRole.LEAD, TeamRole.MEMBER};
    }

    public NominationOccasion[] getOccasions() {
        return NominationOccasion.values();
    }

    public boolean isDraftEditable() {
        return team != null && team.canEdit() && team.state() == WorkTeamState.DRAFT;
    }

    /** Members may change: while drafting, or while the decree is being amended. */
    public boolean isShapeable() {
        return team != null && team.shapeable();
    }

    public DecreeSigner getDecreeSigner() {
        return decreeSigner;
    }

    public void setDecreeSigner(DecreeSigner decreeSigner) {
        this.decreeSigner = decreeSigner;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getNomination() {
        return nomination;
    }

    /** A nomination's inbox task leads to the page of its team. */
    public void setNomination(Long nomination) {
        this.nomination = nomination;
    }

    public TeamView getTeam() {
        return team;
    }

    public List<RankedCandidate> getSuggestions() {
        return suggestions;
    }

    public List<AuditTrail.Entry> getHistory() {
        return history;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public PersonOption getPerson() {
        return person;
    }

    public void setPerson(PersonOption person) {
        this.person = person;
    }

    public TeamRole getRole() {
        return role;
    }

    public void setRole(TeamRole role) {
        this.role = role;
    }

    public String getTask() {
        return task;
    }

    public void setTask(String task) {
        this.task = task;
    }

    public List<Long> getCandidateIds() {
        return candidateIds;
    }

    public void setCandidateIds(List<Long> candidateIds) {
        this.candidateIds = candidateIds;
    }

    public NominationOccasion getOccasion() {
        return occasion;
    }

    public void setOccasion(NominationOccasion occasion) {
        this.occasion = occasion;
    }

    public Long getRecommendedId() {
        return recommendedId;
    }

    public void setRecommendedId(Long recommendedId) {
        this.recommendedId = recommendedId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }

    public String getDissolveReason() {
        return dissolveReason;
    }

    public void setDissolveReason(String dissolveReason) {
        this.dissolveReason = dissolveReason;
    }
}
