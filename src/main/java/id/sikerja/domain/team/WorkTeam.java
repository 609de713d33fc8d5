package id.sikerja.domain.team;

import id.sikerja.domain.assignment.Assignment;
import id.sikerja.domain.assignment.AssignmentStatus;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.Government;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.organisation.Placement;
import id.sikerja.domain.organisation.PositionClass;
import id.sikerja.domain.policy.DecreeSigner;
import id.sikerja.domain.planning.PerformanceAgreement;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.policy.WorkTeamKind;
import id.sikerja.domain.shared.BaseEntity;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.workflow.Actor;
import id.sikerja.domain.workflow.Chain;
import id.sikerja.domain.workflow.Requirement;
import id.sikerja.domain.workflow.StepFacts;
import id.sikerja.domain.workflow.SubjectType;
import id.sikerja.domain.workflow.Transition;
import id.sikerja.domain.workflow.WorkflowSubject;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A work team: a kind allowed by the government's policy, an owner unit (the unit whose performance it
 * serves), a period, the targets it works on and its members. It exists once the decree that establishes it
 * is signed (PS Lampiran III); until then it is a draft the unit head shapes.
 */
@Entity
@Table(name = "work_team")
public class WorkTeam extends BaseEntity implements WorkflowSubject<WorkTeamState> {

    /**
     * A team's life: the head of the owner unit (or above) drafts it and submits the draft decree to its
     * signer, who signs it (the team exists from the decree, KU Pasal 10; JB Pasal 22; KL Pasal 1 angka 24;
     * PS Lampiran III) or returns it with a reason; the head ends or dissolves it.
     */
    public static final Chain<WorkTeamState> CHAIN = Chain.named("team", WorkTeamState.class)
            .step(Transition.<WorkTeamState>of("team.submit").from(WorkTeamState.DRAFT).to(WorkTeamState.SUBMITTED)
                    .by(Actor.UNIT_HEAD).wrongState("team.wrongState").denied("team.edit"))
            .step(Transition.<WorkTeamState>of("team.return").from(WorkTeamState.SUBMITTED).to(WorkTeamState.DRAFT)
                    .by(Actor.SIGNER).requires(Requirement.REASON, "team.reasonRequired")
                    .wrongState("team.wrongState").denied("team.sign").then(Actor.UNIT_HEAD, "team.fix"))
            .step(Transition.<WorkTeamState>of("team.sign").from(WorkTeamState.SUBMITTED)
                    .to(WorkTeamState.ESTABLISHED).by(Actor.SIGNER).wrongState("team.wrongState").denied("team.sign"))
            .step(Transition.<WorkTeamState>of("team.end").from(WorkTeamState.ESTABLISHED).to(WorkTeamState.ENDED)
                    .by(Actor.UNIT_HEAD, Actor.SYSTEM).wrongState("team.wrongState").denied("team.edit"))
            .step(Transition.<WorkTeamState>of("team.dissolve")
                    .from(WorkTeamState.DRAFT, WorkTeamState.SUBMITTED, WorkTeamState.ESTABLISHED,
                            WorkTeamState.AMENDING, WorkTeamState.AMENDMENT_SUBMITTED)
                    .to(WorkTeamState.DISSOLVED).by(Actor.UNIT_HEAD).requires(Requirement.REASON, "team.reasonRequired")
                    .wrongState("team.wrongState").denied("team.edit"))
            // After the decree the composition changes only by an amending decree (KL Pasal 14 ayat (1) huruf b:
            // a vacant ketua seat is filled; KL Lampiran huruf B angka 2 huruf k: the ketua is ketua "secara
            // definitif", i.e. by decree): the head amends, the signer of the decree signs the amending one.
            .step(Transition.<WorkTeamState>of("team.amend").from(WorkTeamState.ESTABLISHED)
                    .to(WorkTeamState.AMENDING).by(Actor.UNIT_HEAD).wrongState("team.wrongState").denied("team.edit"))
            .step(Transition.<WorkTeamState>of("team.submitAmendment").from(WorkTeamState.AMENDING)
                    .to(WorkTeamState.AMENDMENT_SUBMITTED).by(Actor.UNIT_HEAD).wrongState("team.wrongState")
                    .denied("team.edit"))
            .step(Transition.<WorkTeamState>of("team.returnAmendment").from(WorkTeamState.AMENDMENT_SUBMITTED)
                    .to(WorkTeamState.AMENDING).by(Actor.SIGNER).requires(Requirement.REASON, "team.reasonRequired")
                    .wrongState("team.wrongState").denied("team.sign").then(Actor.UNIT_HEAD, "team.fix"))
            .step(Transition.<WorkTeamState>of("team.signAmendment").from(WorkTeamState.AMENDMENT_SUBMITTED)
                    .to(WorkTeamState.ESTABLISHED).by(Actor.SIGNER).wrongState("team.wrongState").denied("team.sign"))
            .waiting(WorkTeamState.SUBMITTED, Actor.SIGNER, "team.sign")
            .waiting(WorkTeamState.AMENDMENT_SUBMITTED, Actor.SIGNER, "team.signAmendment")
            .build();


    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "government_id")
    private Government government;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_unit_id")
    private OrgUnit ownerUnit;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(columnDefinition = "text")
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkTeamKind kind;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkTeamState state = WorkTeamState.DRAFT;

    @OneToMany(mappedBy = "team", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position, id")
    private List<TeamTarget> targets = new ArrayList<>();

    @OneToMany(mappedBy = "team", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<TeamMember> members = new ArrayList<>();

    @Column(name = "decree_number", length = 120)
    private String decreeNumber;

    @Column(name = "decree_date")
    private LocalDate decreeDate;

    @Column(name = "signer_office", length = 300)
    private String signerOffice;

    @Column(name = "signer_name", length = 200)
    private String signerName;

    @Column(name = "signer_rank", length = 200)
    private String signerRank;

    @Column(name = "signer_nip", length = 30)
    private String signerNip;

    /** Who signs the team's decrees, chosen within what the policy allows ({@link #chooseDecreeSigner}). */
    @Enumerated(EnumType.STRING)
    @Column(name = "decree_signer", nullable = false, length = 30)
    private DecreeSigner decreeSigner;

    /**
     * Whether the decree's annex has one row per person with their own targets (PS Lampiran III). False only for
     * decrees signed before members had targets of their own: those keep the layout they were signed in.
     */
    @Column(name = "annex_per_person", nullable = false)
    private boolean annexPerPerson = true;

    protected WorkTeam() {
    }

    /**
     * Forms a draft team. The kind must be one the government uses (its policy's group kinds) and the period
     * must fit the kind ({@link #requireDurationFits}).
     */
    public static WorkTeam form(PolicyProfile policy, OrgUnit ownerUnit, String name, String purpose,
                                WorkTeamKind kind, LocalDate start, LocalDate end) {
        if (kind == null || !policy.getGroupKinds().contains(kind)) {
            throw new BusinessRuleException("team.kindNotUsed");
        }
        WorkTeam team = new WorkTeam();
        team.government = ownerUnit.getGovernment();
        team.ownerUnit = ownerUnit;
        team.kind = kind;
        team.decreeSigner = allowedDecreeSigners(policy, kind).get(0);
        team.describe(name, purpose, start, end);
        return team;
    }

    /** Changes name, purpose and period of a draft. */
    public void redescribe(String newName, String newPurpose, LocalDate start, LocalDate end) {
        requireState(WorkTeamState.DRAFT);
        describe(newName, newPurpose, start, end);
    }

    private void describe(String newName, String newPurpose, LocalDate start, LocalDate end) {
        if (newName == null || newName.isBlank()) {
            throw new BusinessRuleException("team.nameRequired");
        }
        if (newName.strip().length() > 200) {
            throw new BusinessRuleException("team.textTooLong");
        }
        requireDurationFits(kind, start, end);
        this.name = newName.strip();
        this.purpose = newPurpose == null || newPurpose.isBlank() ? null : newPurpose.strip();
        this.startDate = start;
        this.endDate = end;
    }

    /** The period of a team must fit its kind; {@code end} is the team's last day. */
    public static void requireDurationFits(WorkTeamKind kind, LocalDate start, LocalDate end) {
        if (start == null || end == null) {
            throw new BusinessRuleException("team.periodRequired");
        }
        if (end.isBefore(start)) {
            throw new BusinessRuleException("team.endBeforeStart");
        }
        switch (kind) {
            case KELOMPOK_KERJA -> requireKelompokKerjaDuration(start, end);
            case TIM_AD_HOC -> requireAdHocDuration(start, end);
            case TIM_KERJA -> {
                // KU, JB, PS set no length for a tim kerja.
            }
        }
    }

    /**
     * A kelompok kerja works for at most one budget year: KL Pasal 1 angka 24 ("jangka waktu maksimal 1 (satu)
     * tahun penugasan") and Pasal 12 ayat (4) ("untuk 1 (satu) tahun anggaran"). The regional budget year is the
     * calendar year, so start and last day lie in the same year.
     */
    public static void requireKelompokKerjaDuration(LocalDate start, LocalDate end) {
        if (start.getYear() != end.getYear()) {
            throw new BusinessRuleException("team.kelompokKerjaOneBudgetYear", start.getYear());
        }
    }

    /**
     * An ad-hoc tim lasts more than one month but less than one year: KL Pasal 1 angka 25 ("jangka waktu lebih
     * dari 1 (satu) bulan, tetapi kurang dari 1 (satu) tahun"). The period counts its last day.
     */
    public static void requireAdHocDuration(LocalDate start, LocalDate end) {
        LocalDate dayAfter = end.plusDays(1);
        if (!dayAfter.isAfter(start.plusMonths(1)) || !dayAfter.isBefore(start.plusYears(1))) {
            throw new BusinessRuleException("team.adHocDuration");
        }
    }

    /**
     * Who may sign the decree of a team of this kind, the first being the usual one: what the policy lists for the
     * kind (KL Pasal 1 angka 24: a kelompok kerja is set by "Keputusan kepala Perangkat Daerah atau Kepala Unit
     * Organisasi"); where it lists nothing, an ad-hoc tim is set by the decree of the owner unit's head (KL Pasal 1
     * angka 25) and any other team by the department head's (KL Pasal 14 ayat (1) huruf d; the Keputusan Kepala
     * Perangkat Daerah of PS Lampiran III).
     */
    public static List<DecreeSigner> allowedDecreeSigners(PolicyProfile policy, WorkTeamKind kind) {
        List<DecreeSigner> listed = policy.getDecreeSigners().getOrDefault(kind, List.of());
        if (!listed.isEmpty()) {
            return listed;
        }
        return List.of(kind == WorkTeamKind.TIM_AD_HOC ? DecreeSigner.OWNER_UNIT_HEAD : DecreeSigner.DEPARTMENT_HEAD);
    }

    /** The head chooses, while drafting, who signs the decree, within {@link #allowedDecreeSigners}. */
    public void chooseDecreeSigner(PolicyProfile policy, DecreeSigner signer) {
        requireState(WorkTeamState.DRAFT);
        if (signer == null || !allowedDecreeSigners(policy, kind).contains(signer)) {
            throw new BusinessRuleException("team.signerNotAllowed");
        }
        this.decreeSigner = signer;
    }

    /** Who signs the decrees of this team (see {@link #chooseDecreeSigner}). */
    public DecreeSigner decreeSigner() {
        return decreeSigner;
    }

    // ---- targets

    /** Adds a target at the end of the draft's list. */
    public TeamTarget addTarget(TargetContent content) {
        requireState(WorkTeamState.DRAFT);
        int next = targets.stream().mapToInt(TeamTarget::getPosition).max().orElse(-1) + 1;
        TeamTarget target = new TeamTarget(this, next, content);
        targets.add(target);
        return target;
    }

    public void reviseTarget(TeamTarget target, TargetContent content) {
        requireState(WorkTeamState.DRAFT);
        requireOwnTarget(target).write(content);
    }

    /**
     * Names the owner unit's agreement indicator a target serves, or none (see {@link TeamTarget#serveIndicator}).
     *
     * @param agreement the agreement holding the indicator, or null with a null {@code indicatorId}
     */
    public void linkTargetToIndicator(TeamTarget target, Long indicatorId,
                                      PerformanceAgreement agreement) {
        requireState(WorkTeamState.DRAFT);
        requireOwnTarget(target).serveIndicator(indicatorId, agreement);
    }

    /** Removes a target no member target serves any more (remove those first: they would lose their anchor). */
    public void removeTarget(TeamTarget target) {
        requireState(WorkTeamState.DRAFT);
        requireOwnTarget(target);
        if (members.stream().anyMatch(m -> m.serves(target))) {
            throw new BusinessRuleException("team.targetInUse");
        }
        targets.remove(target);
    }

    /** Moves a target one place up ({@code -1}) or down ({@code +1}) in the list. */
    public void moveTarget(TeamTarget target, int step) {
        requireState(WorkTeamState.DRAFT);
        requireOwnTarget(target);
        List<TeamTarget> ordered = getTargets();
        int from = ordered.indexOf(target);
        int to = from + Integer.signum(step);
        if (to < 0 || to >= ordered.size()) {
            return;
        }
        TeamTarget other = ordered.get(to);
        int p = target.getPosition();
        if (p == other.getPosition()) {
            p = to > from ? p + 1 : p - 1;
        }
        target.placeAt(other.getPosition());
        other.placeAt(p);
    }

    public Optional<TeamTarget> target(long targetId) {
        return targets.stream().filter(t -> t.getId() != null && t.getId() == targetId).findFirst();
    }

    private TeamTarget requireOwnTarget(TeamTarget target) {
        if (target == null || !targets.contains(target)) {
            throw new BusinessRuleException("team.targetUnknown");
        }
        return target;
    }

    // ---- members

    /**
     * Who may join a team: people placed in its owner unit or below it; anyone else only through an issued
     * assignment that came from a completed request for staff (permohonan pelibatan) or an approved voluntary
     * application, owned by the team's owner unit or a unit above or below it, and running during the team's
     * period (KU Lampiran I huruf B huruf a angka 2)-3); JB Lampiran II huruf B angka 2 huruf a; KL Lampiran
     * huruf B angka 2 huruf q angka 1) huruf b)-c); PS Lampiran I huruf B angka 2 huruf A angka 2) ii). A
     * team decree may not bind staff of another unit or department without their side's approval.
     *
     * @param personUnit          the unit the person is placed in
     * @param assignmentsOfPerson the person's assignments
     */
    public boolean admits(OrgUnit personUnit, List<Assignment> assignmentsOfPerson) {
        if (personUnit != null && personUnit.getPath().startsWith(ownerUnit.getPath())) {
            return true;
        }
        return assignmentsOfPerson.stream().anyMatch(this::releases);
    }

    /** Whether an assignment releases its person to this team (see {@link #admits}). */
    public boolean releases(Assignment a) {
        boolean fromAChain = a.getSecondmentId() != null || a.getVolunteerId() != null;
        String owner = a.getOwnerUnit().getPath();
        boolean sameWork = owner.startsWith(ownerUnit.getPath()) || ownerUnit.getPath().startsWith(owner);
        boolean inPeriod = (endDate == null || !a.getStartDate().isAfter(endDate))
                && (a.getEndDate() == null || !a.getEndDate().isBefore(startDate));
        boolean thisTeam = a.getTeamId() == null || a.getTeamId().equals(getId());
        return a.getStatus() == AssignmentStatus.ISSUED && fromAChain && sameWork && inPeriod && thisTeam;
    }

    /** Refuses a person the team may not take in (see {@link #admits}). */
    public void requireAdmitted(Employee employee, OrgUnit personUnit, List<Assignment> assignmentsOfPerson) {
        if (!admits(personUnit, assignmentsOfPerson)) {
            throw new BusinessRuleException("team.memberNotReleased", employee.getName(), ownerUnit.getName());
        }
    }

    /**
     * Adds a person with a role and task to a draft, or to a team whose decree is being amended. A ketua is named
     * directly only where the policy lets the head choose ({@link LeadRules#requireDirectLeadAllowed}); technical
     * roles exist only where the policy has them and go to JF keahlian (JB Pasal 22). A lead's other groups are
     * checked by the caller with {@link LeadRules#requireNoSecondGroup}, which needs the repository.
     */
    public TeamMember addMember(PolicyProfile policy, Employee employee, TeamRole role, String task, LocalDate on) {
        requireShapeable();
        if (role == null) {
            throw new BusinessRuleException("team.roleRequired");
        }
        if (memberOf(employee).isPresent()) {
            throw new BusinessRuleException("team.alreadyMember", employee.getName());
        }
        String cleanTask = task == null || task.isBlank() ? null : task.strip();
        if (cleanTask != null && cleanTask.length() > 1000) {
            throw new BusinessRuleException("team.textTooLong");
        }
        if (role == TeamRole.LEAD) {
            LeadRules.requireDirectLeadAllowed(policy, kind);
            requireNoLeadYet();
        }
        if (role.isTechnical()) {
            LeadRules.requireTechnicalRoleAllowed(policy, employee, on);
        }
        TeamMember member = new TeamMember(this, employee, role, cleanTask);
        members.add(member);
        return member;
    }

    private void requireNoLeadYet() {
        lead().ifPresent(l -> {
            throw new BusinessRuleException("team.leadExists", l.getEmployee().getName());
        });
    }

    /** Removes a member while drafting, or while amending the decree (a ketua who left leaves his seat vacant). */
    public void removeMember(TeamMember member) {
        requireShapeable();
        if (!members.remove(member)) {
            throw new BusinessRuleException("team.memberUnknown");
        }
    }

    /**
     * Makes the candidate the Sekda recommended the ketua (KL Pasal 14 ayat (1) huruf c–d): an existing member
     * changes role, a previous ketua becomes a member, someone new joins as ketua. For a team already established
     * this happens while its decree is amended, so the amending decree makes the new ketua definitive.
     */
    public void appointRecommendedLead(LeadNomination nomination) {
        requireShapeable();
        if (!equalsOrSame(nomination.getTeam()) || nomination.getState() != NominationState.RECOMMENDED) {
            throw new BusinessRuleException("team.leadNotRecommended");
        }
        Employee chosen = nomination.getRecommended();
        lead().filter(l -> !l.getEmployee().equals(chosen)).ifPresent(l -> l.changeRole(TeamRole.MEMBER));
        Optional<TeamMember> existing = memberOf(chosen);
        if (existing.isPresent()) {
            existing.get().changeRole(TeamRole.LEAD);
        } else {
            members.add(new TeamMember(this, chosen, TeamRole.LEAD, null));
        }
    }

    /** Identity that also holds for a lazy proxy of this team (whose own fields are empty). */
    private boolean equalsOrSame(WorkTeam other) {
        return other == this || equals(other);
    }

    /** JB Pasal 22: the Sekda's answer on a technical role. */
    public void decideTechnical(TeamMember member, boolean approve, String reason) {
        if (!members.contains(member)) {
            throw new BusinessRuleException("team.memberUnknown");
        }
        if (!state.isActive() || state == WorkTeamState.ESTABLISHED) {
            throw new BusinessRuleException("team.wrongState", state.name());
        }
        member.decideTechnical(approve, reason);
    }

    // ---- life cycle

    /**
     * DRAFT → SUBMITTED: sent to the signer of its decree. Needs a ketua (recommended by the Sekda where a
     * nomination is required, see {@link LeadRules#requireRecommendedLead}), at least one target and no technical
     * role still waiting for or refused by the Sekda.
     */
    public void submit(Set<Actor> by, PolicyProfile policy, LeadNomination latestNomination) {
        WorkTeamState next = CHAIN.take("team.submit", state, by, StepFacts.none()).to();
        TeamMember lead = lead().orElseThrow(() -> new BusinessRuleException("team.leadRequired"));
        if (targets.isEmpty()) {
            throw new BusinessRuleException("team.targetRequired");
        }
        if (members.stream().anyMatch(m -> m.getApproval() == TechnicalApproval.PENDING
                || m.getApproval() == TechnicalApproval.REFUSED)) {
            throw new BusinessRuleException("team.technicalPending");
        }
        LeadRules.requireRecommendedLead(policy, kind, lead.getEmployee(), latestNomination);
        state = next;
    }

    /** SUBMITTED → DRAFT: the signer returns the draft decree with a reason. */
    public void returnToDraft(Set<Actor> by, String reason) {
        state = CHAIN.take("team.return", state, by, StepFacts.because(reason)).to();
    }

    /** SUBMITTED → ESTABLISHED: the decree is signed with its number and date; the signer is kept for the PDF. */
    public void establish(Set<Actor> by, String number, LocalDate date, String office, String signer, String rank,
                          String nip) {
        WorkTeamState next = CHAIN.take("team.sign", state, by, StepFacts.none()).to();
        if (number == null || number.isBlank() || date == null || signer == null) {
            throw new BusinessRuleException("team.decreeIncomplete");
        }
        this.decreeNumber = number;
        this.decreeDate = date;
        this.signerOffice = office;
        this.signerName = signer;
        this.signerRank = rank;
        this.signerNip = nip;
        state = next;
    }

    /** ESTABLISHED → ENDED: the team's work is over. */
    public void end(Set<Actor> by) {
        state = CHAIN.take("team.end", state, by, StepFacts.none()).to();
    }

    /** DRAFT, SUBMITTED, ESTABLISHED or while amending → DISSOLVED, with a reason. */
    public void dissolve(Set<Actor> by, String reason) {
        state = CHAIN.take("team.dissolve", state, by, StepFacts.because(reason)).to();
    }

    /** ESTABLISHED → AMENDING: the head starts changing the composition; the decree in force holds meanwhile. */
    public void amend(Set<Actor> by) {
        state = CHAIN.take("team.amend", state, by, StepFacts.none()).to();
    }

    /**
     * AMENDING → AMENDMENT_SUBMITTED: the changed composition goes to the signer as an amending decree. It needs a
     * ketua (a vacant seat is filled first, by the Sekda's recommendation where a nomination is required) and no
     * technical role waiting for the Sekda.
     */
    public void submitAmendment(Set<Actor> by) {
        WorkTeamState next = CHAIN.take("team.submitAmendment", state, by, StepFacts.none()).to();
        lead().orElseThrow(() -> new BusinessRuleException("team.leadRequired"));
        if (members.stream().anyMatch(m -> m.getApproval() == TechnicalApproval.PENDING
                || m.getApproval() == TechnicalApproval.REFUSED)) {
            throw new BusinessRuleException("team.technicalPending");
        }
        state = next;
    }

    /** AMENDMENT_SUBMITTED → AMENDING: the signer returns the amending decree with a reason. */
    public void returnAmendment(Set<Actor> by, String reason) {
        state = CHAIN.take("team.returnAmendment", state, by, StepFacts.because(reason)).to();
    }

    /**
     * AMENDMENT_SUBMITTED → ESTABLISHED: the amending decree is signed (its number and the document are kept as a
     * {@link TeamDecree}; the decree it amends stays as it was issued).
     */
    public void signAmendment(Set<Actor> by) {
        state = CHAIN.take("team.signAmendment", state, by, StepFacts.none()).to();
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.TEAM;
    }

    @Override
    public long getGovernmentId() {
        return government.getId();
    }

    @Override
    public Chain<WorkTeamState> chain() {
        return CHAIN;
    }

    @Override
    public String title() {
        return name;
    }

    /** The heads and the signer hold their posts in the organisation tree, not on the team. */
    @Override
    public Optional<Long> holderOf(Actor actor) {
        return Optional.empty();
    }

    private void requireShapeable() {
        if (!state.isShapeable()) {
            throw new BusinessRuleException("team.wrongState", state.name());
        }
    }

    private void requireState(WorkTeamState expected) {
        if (state != expected) {
            throw new BusinessRuleException("team.wrongState", state.name());
        }
    }

    // ---- reading

    public Optional<TeamMember> lead() {
        return members.stream().filter(m -> m.getRole() == TeamRole.LEAD).findFirst();
    }

    public Optional<TeamMember> memberOf(Employee employee) {
        return members.stream().filter(m -> m.getEmployee() == employee || m.getEmployee().equals(employee))
                .findFirst();
    }

    /**
     * The year whose SKPs carry the team's work (PermenPANRB 6/2022 Pasal 8: the SKP is drawn up per year): the
     * current year while the team runs in it, otherwise the team's first year (not begun yet) or its last (over).
     */
    public int skpYear(LocalDate today) {
        int year = today.getYear();
        if (year < startDate.getYear()) {
            return startDate.getYear();
        }
        if (endDate != null && year > endDate.getYear()) {
            return endDate.getYear();
        }
        return year;
    }

    /**
     * Whether a member's SKP result serves this team: it names one of the team's targets (the link the member sets
     * on the SKP), or it supports one of the ketua's own results (the ketua divides the team's work among its members,
     * KU Lampiran II huruf B angka 2 huruf b); never by comparing texts.
     *
     * @param teamTargetId      the team target the result names, or null
     * @param supportedResultId the superior SKP result it supports, or null
     * @param leadResultIds     the results of the ketua's SKP of {@link #skpYear}
     */
    public boolean servedBy(Long teamTargetId, Long supportedResultId, Set<Long> leadResultIds) {
        if (supportedResultId != null && leadResultIds.contains(supportedResultId)) {
            return true;
        }
        return teamTargetId != null && targets.stream().anyMatch(t -> teamTargetId.equals(t.getId()));
    }

    /** Whether the team is not ended or dissolved. */
    public boolean isActive() {
        return state.isActive();
    }

    /**
     * Whether the ketua seat is vacant (KL Pasal 14 ayat (1) huruf b "kekosongan Ketua Kelompok Kerja"): nobody
     * holds it, because it was never filled or because the ketua left and was taken off the team.
     */
    public boolean leadSeatVacant() {
        return lead().isEmpty();
    }

    /** Whether the team's period shares at least one day with {@code from}–{@code to}. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !startDate.isAfter(to) && !endDate.isBefore(from);
    }

    /** The unit a person sits in on a date, for the owner-unit warning. */
    static Optional<OrgUnit> unitOf(Employee employee, LocalDate on) {
        return employee.placementOn(on).map(Placement::getPosition).map(p -> p.getUnit());
    }

    static Optional<PositionClass> classOf(Employee employee, LocalDate on) {
        return employee.placementOn(on).map(Placement::getPosition).map(p -> p.getPositionClass());
    }

    public Government getGovernment() {
        return government;
    }

    public OrgUnit getOwnerUnit() {
        return ownerUnit;
    }

    public String getName() {
        return name;
    }

    public String getPurpose() {
        return purpose;
    }

    public WorkTeamKind getKind() {
        return kind;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public WorkTeamState getState() {
        return state;
    }

    /** The targets in their order (positions may have gaps after a removal). */
    public List<TeamTarget> getTargets() {
        return targets.stream().sorted(Comparator.comparingInt(TeamTarget::getPosition)).toList();
    }

    public boolean isAnnexPerPerson() {
        return annexPerPerson;
    }

    public List<TeamMember> getMembers() {
        return Collections.unmodifiableList(members);
    }

    public String getDecreeNumber() {
        return decreeNumber;
    }

    public LocalDate getDecreeDate() {
        return decreeDate;
    }

    public String getSignerOffice() {
        return signerOffice;
    }

    public String getSignerName() {
        return signerName;
    }

    public String getSignerRank() {
        return signerRank;
    }

    public String getSignerNip() {
        return signerNip;
    }
}
