package id.sikerja.interfaces.web;

import id.sikerja.application.OrganisationAdministration;
import id.sikerja.application.OrganisationAdministration.PolicyData;
import id.sikerja.domain.policy.CrossDepartmentApproval;
import id.sikerja.domain.policy.VolunteerRoute;
import id.sikerja.domain.policy.LeadSelection;
import id.sikerja.domain.policy.LetterSigner;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.policy.WorkTeamKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The government's policy profile (its variant of the regional rules): shown to admin
 * and oversight, edited by the admin. A save on a stale version is refused as a conflict.
 */
@Named
@ViewScoped
public class PolicyBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OrganisationAdministration administration;

    @Inject
    transient id.sikerja.application.LetterNumbers letterNumbers;

    @Inject
    transient id.sikerja.application.OrganisationQueries queries;

    private int counterYear = LocalDate.now().getYear();
    private List<id.sikerja.application.LetterNumbers.Counter> counters;
    private List<id.sikerja.application.OrganisationQueries.DepartmentOption> departments;
    private Long counterDepartment;
    private String counterKind;
    private Integer counterLastUsed;

    private int version;
    private int performanceOwnerLevel;
    private LetterSigner assignmentLetterSigner;
    private CrossDepartmentApproval crossDepartmentApproval;
    private LeadSelection leadSelection;
    private boolean oneGroupPerLead;
    private boolean technicalLeadRoles;
    private List<WorkTeamKind> groupKinds = new ArrayList<>();
    private boolean requirePlanningDialogue;
    private boolean volunteerNeedsAnnouncement;
    private VolunteerRoute volunteerRoute;
    private boolean extraAllowanceReport;
    private boolean targetsDeclareWorkMode;
    private boolean leadsSignAgreement;
    private String letterNumberPattern;
    private boolean assignmentLetterFormOnly;
    private id.sikerja.domain.policy.AppointmentRoute appointmentRoute;
    private boolean regionalHeadAppoints;
    private boolean preferEqualisedFunctional;
    private String seat;
    private String citations;
    private String decreeSigners;
    private int yearEndNominationMonth;

    public void load() {
        PolicyData p = administration.policy();
        version = p.version();
        performanceOwnerLevel = p.performanceOwnerLevel();
        assignmentLetterSigner = p.assignmentLetterSigner();
        crossDepartmentApproval = p.crossDepartmentApproval();
        leadSelection = p.leadSelection();
        oneGroupPerLead = p.oneGroupPerLead();
        technicalLeadRoles = p.technicalLeadRoles();
        groupKinds = new ArrayList<>(p.groupKinds());
        requirePlanningDialogue = p.requirePlanningDialogue();
        volunteerNeedsAnnouncement = p.volunteerNeedsAnnouncement();
        volunteerRoute = p.volunteerRoute();
        appointmentRoute = p.appointmentRoute();
        regionalHeadAppoints = p.regionalHeadAppoints();
        preferEqualisedFunctional = p.preferEqualisedFunctional();
        extraAllowanceReport = p.extraAllowanceReport();
        targetsDeclareWorkMode = p.targetsDeclareWorkMode();
        leadsSignAgreement = p.leadsSignAgreement();
        letterNumberPattern = p.letterNumberPattern();
        assignmentLetterFormOnly = p.assignmentLetterFormOnly();
        seat = p.seat();
        citations = p.citations();
        decreeSigners = p.decreeSigners();
        yearEndNominationMonth = p.yearEndNominationMonth();
        counters = letterNumbers.counters(counterYear);
        departments = queries.departments();
    }

    /** Continues a counter after the number last used on paper (or elsewhere) this year. */
    public void continueCounter() {
        if (counterLastUsed == null || counterKind == null || counterKind.isBlank()) {
            UiMessages.error("letter.counterRequired");
            return;
        }
        if (UiMessages.attempt(() -> letterNumbers.continueAfter(counterDepartment, counterKind, counterYear,
                counterLastUsed))) {
            UiMessages.info("letter.counterSet", counterKind.strip(), counterLastUsed + 1);
            counterKind = null;
            counterLastUsed = null;
            counterDepartment = null;
            counters = letterNumbers.counters(counterYear);
        }
    }

    public void editCounter(id.sikerja.application.LetterNumbers.Counter counter) {
        counterDepartment = counter.departmentId();
        counterKind = counter.kindCode();
        counterLastUsed = counter.lastValue();
    }

    public int getCounterYear() {
        return counterYear;
    }

    public List<id.sikerja.application.LetterNumbers.Counter> getCounters() {
        return counters;
    }

    public List<id.sikerja.application.OrganisationQueries.DepartmentOption> getDepartments() {
        return departments;
    }

    public Long getCounterDepartment() {
        return counterDepartment;
    }

    public void setCounterDepartment(Long counterDepartment) {
        this.counterDepartment = counterDepartment;
    }

    public String getCounterKind() {
        return counterKind;
    }

    public void setCounterKind(String counterKind) {
        this.counterKind = counterKind;
    }

    public Integer getCounterLastUsed() {
        return counterLastUsed;
    }

    public void setCounterLastUsed(Integer counterLastUsed) {
        this.counterLastUsed = counterLastUsed;
    }

    public String getDecreeSigners() {
        return decreeSigners;
    }

    public void setDecreeSigners(String decreeSigners) {
        this.decreeSigners = decreeSigners;
    }

    public int getYearEndNominationMonth() {
        return yearEndNominationMonth;
    }

    public void setYearEndNominationMonth(int yearEndNominationMonth) {
        this.yearEndNominationMonth = yearEndNominationMonth;
    }

    public void save() {
        PolicyData data = new PolicyData(version, performanceOwnerLevel, assignmentLetterSigner,
                crossDepartmentApproval, leadSelection, oneGroupPerLead, technicalLeadRoles,
                groupKinds == null || groupKinds.isEmpty() ? EnumSet.noneOf(WorkTeamKind.class) : EnumSet.copyOf(groupKinds),
                requirePlanningDialogue, volunteerNeedsAnnouncement, extraAllowanceReport, targetsDeclareWorkMode,
                leadsSignAgreement, letterNumberPattern, assignmentLetterFormOnly, citations, seat, volunteerRoute,
                appointmentRoute, regionalHeadAppoints, preferEqualisedFunctional, decreeSigners, yearEndNominationMonth);
        if (UiMessages.attempt(() -> administration.updatePolicy(data))) {
            UiMessages.info("saved");
            load();
        }
    }

    /** How a letter number looks with the pattern being edited, e.g. the third Surat Tugas of today. */
    public String getLetterNumberExample() {
        PolicyProfile preview = new PolicyProfile(null);
        try {
            preview.configurePlanning(false, false, letterNumberPattern);
        } catch (RuntimeException e) {
            return "—";
        }
        return preview.formatLetterNumber(3, "ST", "DINKES", LocalDate.now());
    }

    public id.sikerja.domain.policy.AppointmentRoute[] getAppointmentRoutes() {
        return id.sikerja.domain.policy.AppointmentRoute.values();
    }

    public id.sikerja.domain.policy.AppointmentRoute getAppointmentRoute() {
        return appointmentRoute;
    }

    public void setAppointmentRoute(id.sikerja.domain.policy.AppointmentRoute appointmentRoute) {
        this.appointmentRoute = appointmentRoute;
    }

    public boolean isRegionalHeadAppoints() {
        return regionalHeadAppoints;
    }

    public void setRegionalHeadAppoints(boolean regionalHeadAppoints) {
        this.regionalHeadAppoints = regionalHeadAppoints;
    }

    public boolean isPreferEqualisedFunctional() {
        return preferEqualisedFunctional;
    }

    public void setPreferEqualisedFunctional(boolean preferEqualisedFunctional) {
        this.preferEqualisedFunctional = preferEqualisedFunctional;
    }

    public LetterSigner[] getSigners() {
        return LetterSigner.values();
    }

    public CrossDepartmentApproval[] getCrossApprovals() {
        return CrossDepartmentApproval.values();
    }

    public LeadSelection[] getLeadSelections() {
        return LeadSelection.values();
    }

    public WorkTeamKind[] getAllGroupKinds() {
        return WorkTeamKind.values();
    }

    public int getVersion() {
        return version;
    }

    public int getPerformanceOwnerLevel() {
        return performanceOwnerLevel;
    }

    public void setPerformanceOwnerLevel(int performanceOwnerLevel) {
        this.performanceOwnerLevel = performanceOwnerLevel;
    }

    public LetterSigner getAssignmentLetterSigner() {
        return assignmentLetterSigner;
    }

    public void setAssignmentLetterSigner(LetterSigner assignmentLetterSigner) {
        this.assignmentLetterSigner = assignmentLetterSigner;
    }

    public CrossDepartmentApproval getCrossDepartmentApproval() {
        return crossDepartmentApproval;
    }

    public void setCrossDepartmentApproval(CrossDepartmentApproval crossDepartmentApproval) {
        this.crossDepartmentApproval = crossDepartmentApproval;
    }

    public LeadSelection getLeadSelection() {
        return leadSelection;
    }

    public void setLeadSelection(LeadSelection leadSelection) {
        this.leadSelection = leadSelection;
    }

    public boolean isOneGroupPerLead() {
        return oneGroupPerLead;
    }

    public void setOneGroupPerLead(boolean oneGroupPerLead) {
        this.oneGroupPerLead = oneGroupPerLead;
    }

    public boolean isTechnicalLeadRoles() {
        return technicalLeadRoles;
    }

    public void setTechnicalLeadRoles(boolean technicalLeadRoles) {
        this.technicalLeadRoles = technicalLeadRoles;
    }

    public List<WorkTeamKind> getGroupKinds() {
        return groupKinds;
    }

    public void setGroupKinds(List<WorkTeamKind> groupKinds) {
        this.groupKinds = groupKinds;
    }

    public boolean isRequirePlanningDialogue() {
        return requirePlanningDialogue;
    }

    public void setRequirePlanningDialogue(boolean requirePlanningDialogue) {
        this.requirePlanningDialogue = requirePlanningDialogue;
    }

    public VolunteerRoute getVolunteerRoute() {
        return volunteerRoute;
    }

    public void setVolunteerRoute(VolunteerRoute volunteerRoute) {
        this.volunteerRoute = volunteerRoute;
    }

    public VolunteerRoute[] getVolunteerRoutes() {
        return VolunteerRoute.values();
    }

    public boolean isVolunteerNeedsAnnouncement() {
        return volunteerNeedsAnnouncement;
    }

    public void setVolunteerNeedsAnnouncement(boolean volunteerNeedsAnnouncement) {
        this.volunteerNeedsAnnouncement = volunteerNeedsAnnouncement;
    }

    public boolean isExtraAllowanceReport() {
        return extraAllowanceReport;
    }

    public void setExtraAllowanceReport(boolean extraAllowanceReport) {
        this.extraAllowanceReport = extraAllowanceReport;
    }

    public boolean isTargetsDeclareWorkMode() {
        return targetsDeclareWorkMode;
    }

    public void setTargetsDeclareWorkMode(boolean targetsDeclareWorkMode) {
        this.targetsDeclareWorkMode = targetsDeclareWorkMode;
    }

    public boolean isLeadsSignAgreement() {
        return leadsSignAgreement;
    }

    public void setLeadsSignAgreement(boolean leadsSignAgreement) {
        this.leadsSignAgreement = leadsSignAgreement;
    }

    public String getSeat() {
        return seat;
    }

    public void setSeat(String seat) {
        this.seat = seat;
    }

    public boolean isAssignmentLetterFormOnly() {
        return assignmentLetterFormOnly;
    }

    public void setAssignmentLetterFormOnly(boolean assignmentLetterFormOnly) {
        this.assignmentLetterFormOnly = assignmentLetterFormOnly;
    }

    public String getLetterNumberPattern() {
        return letterNumberPattern;
    }

    public void setLetterNumberPattern(String letterNumberPattern) {
        this.letterNumberPattern = letterNumberPattern;
    }

    public String getCitations() {
        return citations;
    }

    public void setCitations(String citations) {
        this.citations = citations;
    }
}
