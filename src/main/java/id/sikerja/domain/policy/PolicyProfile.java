package id.sikerja.domain.policy;

import id.sikerja.domain.organisation.Government;
import id.sikerja.domain.shared.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A government's variant of the work-system rules (the regional regulations) as data. Later stages read their
 * regional differences from here; the admin of the government sees and edits it.
 */
@Entity
@Table(name = "policy_profile")
public class PolicyProfile {

    @Id
    @Column(name = "government_id")
    private Long governmentId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "government_id")
    private Government government;

    @Version
    private int version;

    /** Structural level whose head is the Pemilik Kinerja (KL Pasal 1.20: Level I). */
    @Column(name = "performance_owner_level", nullable = false)
    private int performanceOwnerLevel = 1;

    @Enumerated(EnumType.STRING)
    @Column(name = "assignment_letter_signer", nullable = false)
    private LetterSigner assignmentLetterSigner = LetterSigner.DEPARTMENT_HEAD_DECREE;

    @Enumerated(EnumType.STRING)
    @Column(name = "volunteer_route", nullable = false)
    private VolunteerRoute volunteerRoute = VolunteerRoute.OWN_RECOMMENDATION_FIRST;

    @Enumerated(EnumType.STRING)
    @Column(name = "cross_department_approval", nullable = false)
    private CrossDepartmentApproval crossDepartmentApproval = CrossDepartmentApproval.REGIONAL_HEAD_RECOMMENDATION;

    @Enumerated(EnumType.STRING)
    @Column(name = "lead_selection", nullable = false)
    private LeadSelection leadSelection = LeadSelection.BY_HEAD;

    /** KL Pasal 27: a ketua leads no second kelompok kerja (may be a member of others). */
    @Column(name = "one_group_per_lead", nullable = false)
    private boolean oneGroupPerLead;

    /** JB Pasal 22: Penanggung Jawab / Pengendali Teknis Kegiatan roles exist. */
    @Column(name = "technical_lead_roles", nullable = false)
    private boolean technicalLeadRoles;

    @Column(name = "group_kinds", nullable = false)
    private String groupKinds = WorkTeamKind.TIM_KERJA.name();

    /**
     * PS Lampiran I huruf B angka 2: an SKP is approved only after a recorded planning dialogue (assignment is a
     * step of the performance dialogue there). KL Lampiran B angka 2 huruf r only permits ("dapat") assigning
     * through a dialogue, so it does not make the dialogue a condition: Klaten's profile leaves this off.
     */
    @Column(name = "require_planning_dialogue", nullable = false)
    private boolean requirePlanningDialogue;

    /** KL 2.q.2: voluntary applications within a unit answer a need the head announced. */
    @Column(name = "volunteer_needs_announcement", nullable = false)
    private boolean volunteerNeedsAnnouncement;

    /**
     * KL Pasal 25: the admin's report of the Penanggungjawab and Ketua Kelompok Kerja who are not Pejabat
     * Fungsional from penyetaraan (they receive the 20 % additional income).
     */
    @Column(name = "extra_allowance_report", nullable = false)
    private boolean extraAllowanceReport;

    /** PS Lampiran I.2: each agreement target declares whether it is done individually or by a team. */
    @Column(name = "targets_declare_work_mode", nullable = false)
    private boolean targetsDeclareWorkMode;

    /** KL Pasal 16(3): a Penanggungjawab or ketua kelompok kerja also signs a performance agreement. */
    @Column(name = "leads_sign_agreement", nullable = false)
    private boolean leadsSignAgreement;

    /**
     * The assignment letter carries only the fields of the regulation's form (PS Lampiran II: Nama, NIP,
     * Jabatan, "Diberikan tugas sebagai"): no Pangkat/Golongan, no routine/incidental mark and no owner
     * unit after the role, which the other governments' letters add.
     */
    @Column(name = "assignment_letter_form_only", nullable = false)
    private boolean assignmentLetterFormOnly;

    /**
     * Who may sign a team's decree, per kind, the first being the usual one: {@code KIND=SIGNER,SIGNER;KIND=...}
     * with the names of {@code id.sikerja.domain.policy.DecreeSigner}; a kind not listed keeps the usual signer
     * (see {@code WorkTeam#allowedDecreeSigners}). KL Pasal 1 angka 24: a kelompok kerja by "Keputusan kepala
     * Perangkat Daerah atau Kepala Unit Organisasi".
     */
    @Column(name = "decree_signers", nullable = false, length = 300)
    private String decreeSigners = "";

    /**
     * KL Pasal 14 ayat (1) huruf b "setiap akhir tahun": the month from which the year-end nomination of next
     * year's ketua candidates is made (to 31 December).
     */
    @Column(name = "year_end_nomination_month", nullable = false)
    private int yearEndNominationMonth = 10;

    /** Whether an appointment is direct or a proposal another official accepts; see {@link AppointmentRoute}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "appointment_route", nullable = false)
    private AppointmentRoute appointmentRoute = AppointmentRoute.DIRECT;

    /**
     * KU Pasal 11 ayat (3): the Kepala Daerah may appoint any Pejabat Fungsional or pelaksana directly. Only
     * Kayong Utara's regulation gives the Kepala Daerah this; elsewhere the Bupati/Walikota appoints nobody.
     */
    @Column(name = "regional_head_appoints", nullable = false)
    private boolean regionalHeadAppoints;

    /**
     * Pejabat Fungsional from penyetaraan jabatan are preferred as ketua / Penanggung Jawab (JB Pasal 22 ayat (3):
     * Penanggung Jawab and Pengendali Teknis Kegiatan; KL Pasal 24 ayat (1): Penanggungjawab and Ketua Kelompok
     * Kerja): people pickers for those roles mark them.
     */
    @Column(name = "prefer_equalised_functional", nullable = false)
    private boolean preferEqualisedFunctional;

    /** Layout of letter numbers; see {@link #formatLetterNumber}. */
    @Column(name = "letter_number_pattern", nullable = false)
    private String letterNumberPattern = DEFAULT_LETTER_NUMBER_PATTERN;

    /** Free text: the article behind each non-default setting, one "key: citation" per line. */
    @Column(columnDefinition = "text")
    private String citations;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected PolicyProfile() {
    }

    public PolicyProfile(Government government) {
        this.government = government;
    }

    @PrePersist
    void onPersist() {
        createdAt = OffsetDateTime.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = OffsetDateTime.now();
    }

    /** Sets every variant at once, validating the combination. */
    public void configure(int ownerLevel, LetterSigner signer, CrossDepartmentApproval crossApproval,
                          LeadSelection selection, boolean oneGroupPerLeadRule, boolean technicalLeads,
                          Set<WorkTeamKind> kinds, boolean planningDialogue, boolean volunteerAnnouncement,
                          boolean allowanceReport, String citationText) {
        if (ownerLevel < 1 || ownerLevel > 5) {
            throw new BusinessRuleException("policy.ownerLevelInvalid");
        }
        if (signer == null || crossApproval == null || selection == null) {
            throw new BusinessRuleException("policy.valueRequired");
        }
        if (kinds == null || kinds.isEmpty()) {
            throw new BusinessRuleException("policy.groupKindRequired");
        }
        this.performanceOwnerLevel = ownerLevel;
        this.assignmentLetterSigner = signer;
        this.crossDepartmentApproval = crossApproval;
        this.leadSelection = selection;
        this.oneGroupPerLead = oneGroupPerLeadRule;
        this.technicalLeadRoles = technicalLeads;
        this.groupKinds = kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.requirePlanningDialogue = planningDialogue;
        this.volunteerNeedsAnnouncement = volunteerAnnouncement;
        this.extraAllowanceReport = allowanceReport;
        this.citations = citationText;
    }

    /** Who approves a voluntary application across units, and in which order (see {@link VolunteerRoute}). */
    public void configureVolunteering(VolunteerRoute route) {
        if (route == null) {
            throw new BusinessRuleException("policy.valueRequired");
        }
        this.volunteerRoute = route;
    }

    public VolunteerRoute getVolunteerRoute() {
        return volunteerRoute;
    }

    public Government getGovernment() {
        return government;
    }

    public Long getGovernmentId() {
        return governmentId;
    }

    public int getVersion() {
        return version;
    }

    public int getPerformanceOwnerLevel() {
        return performanceOwnerLevel;
    }

    public LetterSigner getAssignmentLetterSigner() {
        return assignmentLetterSigner;
    }

    public CrossDepartmentApproval getCrossDepartmentApproval() {
        return crossDepartmentApproval;
    }

    public LeadSelection getLeadSelection() {
        return leadSelection;
    }

    public boolean isOneGroupPerLead() {
        return oneGroupPerLead;
    }

    public boolean isTechnicalLeadRoles() {
        return technicalLeadRoles;
    }

    public Set<WorkTeamKind> getGroupKinds() {
        Set<WorkTeamKind> set = EnumSet.noneOf(WorkTeamKind.class);
        Arrays.stream(groupKinds.split(",")).filter(s -> !s.isBlank()).map(WorkTeamKind::valueOf).forEach(set::add);
        return set;
    }

    public boolean isRequirePlanningDialogue() {
        return requirePlanningDialogue;
    }

    public boolean isVolunteerNeedsAnnouncement() {
        return volunteerNeedsAnnouncement;
    }

    public boolean isExtraAllowanceReport() {
        return extraAllowanceReport;
    }

    public static final String DEFAULT_LETTER_NUMBER_PATTERN = "800/{seq}/{dept}/{year}";

    /** Sets the planning-stage variants (the regional regulations, KL Pasal 16(3)) and the letter-number layout. */
    public void configurePlanning(boolean declareWorkMode, boolean leadsSign, String numberPattern) {
        String pattern = numberPattern == null || numberPattern.isBlank() ? DEFAULT_LETTER_NUMBER_PATTERN
                : numberPattern.strip();
        if (!pattern.contains("{seq}") || pattern.length() > 120) {
            throw new BusinessRuleException("policy.letterPatternInvalid");
        }
        this.targetsDeclareWorkMode = declareWorkMode;
        this.leadsSignAgreement = leadsSign;
        this.letterNumberPattern = pattern;
    }

    /**
     * Sets who may sign team decrees per kind (see {@link #getDecreeSigners}) and the month the year-end
     * nomination round opens.
     */
    public void configureTeamDecrees(Map<WorkTeamKind, List<DecreeSigner>> signers, int nominationMonth) {
        if (nominationMonth < 1 || nominationMonth > 12) {
            throw new BusinessRuleException("policy.nominationMonthInvalid");
        }
        this.decreeSigners = decreeSignersText(signers);
        this.yearEndNominationMonth = nominationMonth;
    }

    /** As {@link #configureTeamDecrees}, the signers written {@code KIND=SIGNER,SIGNER;KIND=...} (the policy page). */
    public void configureTeamDecrees(String signersText, int nominationMonth) {
        configureTeamDecrees(parseDecreeSigners(signersText == null ? "" : signersText), nominationMonth);
    }

    /** Who may sign a team's decree, per kind listed, the usual one first; see {@link #decreeSigners}. */
    public Map<WorkTeamKind, List<DecreeSigner>> getDecreeSigners() {
        return parseDecreeSigners(decreeSigners);
    }

    /** The signers as the policy page writes them: {@code KIND=SIGNER,SIGNER;KIND=...}. */
    public String getDecreeSignersText() {
        return decreeSigners;
    }

    private static String decreeSignersText(Map<WorkTeamKind, List<DecreeSigner>> signers) {
        Map<WorkTeamKind, List<DecreeSigner>> sorted = new EnumMap<>(WorkTeamKind.class);
        if (signers != null) {
            sorted.putAll(signers);
        }
        StringBuilder text = new StringBuilder();
        for (Map.Entry<WorkTeamKind, List<DecreeSigner>> e : sorted.entrySet()) {
            if (e.getValue() == null || e.getValue().isEmpty() || e.getValue().contains(null)) {
                throw new BusinessRuleException("policy.decreeSignersInvalid");
            }
            text.append(text.isEmpty() ? "" : ";").append(e.getKey().name()).append('=')
                    .append(e.getValue().stream().distinct().map(Enum::name).collect(Collectors.joining(",")));
        }
        if (text.length() > 300) {
            throw new BusinessRuleException("policy.decreeSignersInvalid");
        }
        return text.toString();
    }

    private static Map<WorkTeamKind, List<DecreeSigner>> parseDecreeSigners(String text) {
        Map<WorkTeamKind, List<DecreeSigner>> result = new EnumMap<>(WorkTeamKind.class);
        try {
            for (String part : text.split(";")) {
                if (part.isBlank()) {
                    continue;
                }
                int eq = part.indexOf('=');
                if (eq < 1) {
                    throw new BusinessRuleException("policy.decreeSignersInvalid");
                }
                List<DecreeSigner> names = Arrays.stream(part.substring(eq + 1).split(",")).map(String::strip)
                        .filter(x -> !x.isEmpty()).map(DecreeSigner::valueOf).toList();
                if (names.isEmpty()) {
                    throw new BusinessRuleException("policy.decreeSignersInvalid");
                }
                result.put(WorkTeamKind.valueOf(part.substring(0, eq).strip()), names);
            }
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("policy.decreeSignersInvalid");
        }
        return result;
    }

    public int getYearEndNominationMonth() {
        return yearEndNominationMonth;
    }

    /** Sets whether the assignment letter keeps to the regulation's form; see {@link #isAssignmentLetterFormOnly}. */
    public void configureAssignmentLetter(boolean formOnly) {
        this.assignmentLetterFormOnly = formOnly;
    }

    /**
     * Sets how people are appointed: to assignments (the {@link AppointmentRoute}, and whether the Kepala Daerah
     * appoints directly) and as leads (whether pickers mark Pejabat Fungsional from penyetaraan as preferred).
     */
    public void configureAppointment(AppointmentRoute route, boolean regionalHeadMayAppoint, boolean preferEqualised) {
        if (route == null) {
            throw new BusinessRuleException("policy.valueRequired");
        }
        this.appointmentRoute = route;
        this.regionalHeadAppoints = regionalHeadMayAppoint;
        this.preferEqualisedFunctional = preferEqualised;
    }

    public AppointmentRoute getAppointmentRoute() {
        return appointmentRoute;
    }

    public boolean isRegionalHeadAppoints() {
        return regionalHeadAppoints;
    }

    public boolean isPreferEqualisedFunctional() {
        return preferEqualisedFunctional;
    }

    public boolean isAssignmentLetterFormOnly() {
        return assignmentLetterFormOnly;
    }

    public boolean isTargetsDeclareWorkMode() {
        return targetsDeclareWorkMode;
    }

    public boolean isLeadsSignAgreement() {
        return leadsSignAgreement;
    }

    public String getLetterNumberPattern() {
        return letterNumberPattern;
    }

    /**
     * A letter number from the government's layout: {seq} is the running number of the kind in the year
     * (zero-padded to three digits), {kind} the kind's code, {dept} the department code, {year} and
     * {month} (Roman numerals, as on Indonesian letters) of the letter's date. An empty part (no
     * department) leaves no empty segment, nor a dot that joined it to a fixed code (PS Lampiran II
     * {@code 800/ /423...../20..}: {@code 800/{seq}/423.{dept}/{year}}).
     */
    public String formatLetterNumber(int seq, String kindCode, String departmentCode, java.time.LocalDate date) {
        if (seq < 1) {
            throw new IllegalArgumentException("seq must be positive");
        }
        return letterNumberPattern
                .replace("{seq}", String.format("%03d", seq))
                .replace("{kind}", kindCode == null ? "" : kindCode)
                .replace("{dept}", departmentCode == null ? "" : departmentCode)
                .replace("{year}", Integer.toString(date.getYear()))
                .replace("{month}", ROMAN_MONTHS[date.getMonthValue() - 1])
                // a letter of the whole government has no department: no empty segment is left behind
                .replaceAll("\\.(?=/|$)", "")
                .replaceAll("/{2,}", "/");
    }

    private static final String[] ROMAN_MONTHS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
            "XI", "XII"};

    public String getCitations() {
        return citations;
    }
}
