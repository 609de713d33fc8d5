package id.sikerja.application;

import id.sikerja.domain.planning.SkpState;
import id.sikerja.domain.policy.LeadSelection;
import id.sikerja.domain.policy.WorkTeamKind;
import id.sikerja.domain.policy.DecreeSigner;
import id.sikerja.domain.team.NominationOccasion;
import id.sikerja.domain.team.NominationState;
import id.sikerja.domain.team.TeamRole;
import id.sikerja.domain.team.TechnicalApproval;
import id.sikerja.domain.team.WorkTeamState;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Work teams of the caller's government: forming them, their members and targets, choosing their ketua per the
 * government's policy, the Sekda's steps, and the decree that establishes them. Every call is scoped: a team is
 * changed only by the head of its owner unit or of a unit above it; it is seen by them, its members and the
 * government-wide roles; another government's team is not found.
 */
public interface WorkTeams {

    /** Teams the caller may see: those owned in the subtrees they head, theirs as member, or all (government-wide roles). */
    List<TeamSummary> visible();

    /** Teams the caller belongs to (Tim Saya), with their members. */
    List<TeamView> mine();

    /** Units under which the caller may form teams (the units they head and those below), and the kinds allowed. */
    FormOptions formOptions();

    long form(TeamData data);

    void update(long teamId, int version, TeamData data);

    TeamView team(long teamId);

    /** The team a nomination is for (its page is the team's), if the caller may see the team. */
    long teamOfNomination(long nominationId);

    /**
     * People the caller may add to a team they shape: placed in its owner unit or below it, or released to it
     * by a completed request for staff or an approved voluntary application (see WorkTeam#admits).
     */
    List<PersonOption> searchPeople(long teamId, String text);

    /** One person of the caller's government as offered by {@link #searchPeople}, or empty. */
    java.util.Optional<PersonOption> person(long employeeId);

    void addMember(long teamId, int version, long employeeId, TeamRole role, String task);

    void removeMember(long teamId, int version, long memberId);

    /** JB Pasal 21c suggestion: the owner unit's staff and the team's members ranked, with the reason of each place. */
    List<RankedCandidate> leadSuggestions(long teamId);

    /**
     * KL Pasal 14: propose at least two candidates for ketua to the Sekda through the personnel office, at year end
     * for next year's group or for a vacant seat. Returns the nomination id.
     */
    long nominate(long teamId, int version, List<Long> candidateIds, NominationOccasion occasion);

    /** The personnel office (BKPSDM, the government's admin) forwards the nomination to the Sekda. */
    void forwardNomination(long nominationId, int version);

    /**
     * The Sekda recommends one candidate by a numbered Keputusan Sekretaris Daerah; the candidate becomes the
     * team's ketua.
     */
    void recommend(long nominationId, int version, long candidateId, String note);

    /** The personnel office or the Sekda returns the nomination with a reason. */
    void returnNomination(long nominationId, int version, String reason);

    /** The Sekda's Keputusan tentang rekomendasi of a nomination, as issued. */
    Decree nominationDecision(long nominationId);

    /** While drafting: who signs the decree, within what the policy allows for the kind (KL Pasal 1 angka 24). */
    void chooseDecreeSigner(long teamId, int version, DecreeSigner signer);

    /** Starts changing an established team's composition; the change is set by an amending decree. */
    void amend(long teamId, int version);

    /** A decree issued for the team (the establishing one or an amendment), as signed. */
    Decree issuedDecree(long teamId, long decreeId);

    /** The Sekda approves or refuses a technical role (JB Pasal 22). */
    void decideTechnical(long teamId, long memberId, boolean approve, String reason);

    /** What waits for the Sekda: forwarded nominations and technical roles. */
    SecretaryDesk secretaryDesk();

    void submit(long teamId, int version);

    void returnToDraft(long teamId, int version, String reason);

    /** Signs the decree: the team is established. Returns the decree number. */
    String sign(long teamId, int version);

    void end(long teamId, int version);

    void dissolve(long teamId, int version, String reason);

    /**
     * The decree as PDF: the signed one, or a draft without number before signing; while the composition is being
     * amended, the draft amending decree.
     */
    Decree decree(long teamId);

    /**
     * Where each member's SKP stands for the team's year ({@code WorkTeam#skpYear}): state and period, and
     * whether one of its results serves the team; never the SKP's content. For the team's ketua, the heads of
     * the owner unit and the units above it (the department head), and ADMIN/OVERSIGHT; others are refused.
     */
    List<MemberSkpStatus> skpStatus(long teamId);

    record TeamData(String name, String purpose, WorkTeamKind kind, Long ownerUnitId, LocalDate start, LocalDate end) {
    }

    record FormOptions(List<UnitOption> units, Set<WorkTeamKind> kinds, LeadSelection leadSelection,
                       boolean technicalRoles) {
    }

    record UnitOption(long id, String name, String departmentName) {
    }

    /** A person to add to a team; {@code preferred}: a JF hasil penyetaraan where the policy prefers them as lead. */
    record PersonOption(long id, String name, String nip, String positionTitle, String unitName, boolean preferred) {
        public String label() {
            return name + " — " + positionTitle + ", " + unitName;
        }
    }

    record TeamSummary(long id, String name, WorkTeamKind kind, WorkTeamState state, String ownerUnitName,
                       LocalDate start, LocalDate end, String leadName, int memberCount, String decreeNumber) {
    }

    /** A team target (changed through {@link TeamTargets}); {@code indicatorText} names the agreement indicator it serves. */
    record TargetView(long id, int version, int number, String objective, String indicator, String target,
                      java.math.BigDecimal targetNumeric, String unit, Long agreementIndicatorId,
                      String indicatorText) {
    }

    /** A member's own target and the team target (by number and id) it serves. */
    record MemberTargetView(long id, int version, long teamTargetId, int teamTargetNumber, String objective,
                            String indicator, String target) {
    }

    /** {@code targets}: the member's own targets, shown to the member, the ketua and those above the team. */
    record MemberView(long id, long employeeId, String name, String nip, String positionTitle, String unitName,
                      TeamRole role, String task, TechnicalApproval approval, String approvalReason,
                      boolean mayRecommendRatings, List<MemberTargetView> targets) {
    }

    /** A warning shown on the team page: a bundle key and its arguments. */
    record Warning(String key, List<String> args) {
    }

    record CandidateView(long id, String name, String positionTitle) {
    }

    record NominationView(long id, int version, long teamId, String teamName, String departmentName,
                          NominationOccasion occasion, NominationState state, List<CandidateView> candidates,
                          String recommendedName, String reason, String nominatedBy, String decisionNumber,
                          LocalDate decisionDate) {
    }

    /** A decree issued for a team: the establishing one ({@code amendsNumber} null) or an amendment. */
    record DecreeView(long id, String number, LocalDate date, String amendsNumber, String signerName) {
    }

    record RankedCandidate(int place, long employeeId, String name, String positionTitle, int tier,
                           String reasonKey, String reasonArgument, boolean member, boolean preferred) {
    }

    record TechnicalRequest(long teamId, String teamName, long memberId, String name, TeamRole role,
                            String positionTitle) {
    }

    record SecretaryDesk(List<NominationView> nominations, List<TechnicalRequest> technicalRoles) {
    }

    record Decree(String fileName, byte[] pdf) {
    }

    /**
     * One member's SKP status: {@code state} null when the member has no SKP of {@code year} (or only closed
     * ones); {@code servesTeam} null without an SKP.
     */
    record MemberSkpStatus(long employeeId, String name, TeamRole role, int year, SkpState state,
                           LocalDate periodStart, LocalDate periodEnd, Boolean servesTeam) {
    }

    /** Everything the team page shows, with what the caller may do. */
    record TeamView(long id, int version, String name, String purpose, WorkTeamKind kind, WorkTeamState state,
                    long ownerUnitId, String ownerUnitName, String departmentName, LocalDate start, LocalDate end,
                    String decreeNumber, LocalDate decreeDate, DecreeSigner decreeSigner, String signerName,
                    List<TargetView> targets, List<MemberView> members, List<Warning> warnings,
                    List<NominationView> nominations, boolean nominationRequired, boolean rankingOffered,
                    boolean technicalRoles, boolean canEdit, boolean canSign, boolean canDecideAsSecretary,
                    boolean canAppointTechnical, boolean canFollowSkps, int skpYear, List<DecreeSigner> signerChoices,
                    List<DecreeView> decrees, boolean canForwardNomination, boolean canSetMemberTargets) {

        public String leadName() {
            return members.stream().filter(m -> m.role() == TeamRole.LEAD).map(MemberView::name).findFirst()
                    .orElse(null);
        }

        public NominationView pendingNomination() {
            return nominations.stream().filter(n -> n.state().isPending()).findFirst().orElse(null);
        }

        /** The head may change members: while drafting, or while amending the decree. */
        public boolean shapeable() {
            return canEdit && state.isShapeable();
        }
    }
}
