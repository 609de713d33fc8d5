package id.sikerja.interfaces.web.work;

import id.sikerja.application.Assignments;
import id.sikerja.application.Assignments.PersonOption;
import id.sikerja.application.Secondments;
import id.sikerja.application.Secondments.UnitOption;
import id.sikerja.domain.assignment.AssignmentRole;
import id.sikerja.domain.assignment.AssignmentStatus;
import id.sikerja.interfaces.web.UiMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * "Penugasan" for unit heads and appraisers: appoint people in scope, send secondment requests, follow
 * the assignments and requests they manage. The admin and oversight see everything read-only.
 */
@Named
@ViewScoped
public class ManageAssignmentsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Assignments assignments;

    @Inject
    transient Secondments secondments;

    @Inject
    transient id.sikerja.application.Volunteering volunteering;

    private List<id.sikerja.application.Volunteering.NeedRow> needs;
    private List<id.sikerja.application.Volunteering.ApplicationRow> applications;
    private String needTitle;
    private String needDescription;
    private LocalDate needOpenUntil;

    private List<Assignments.AssignmentRow> rows;
    private List<Secondments.SecondmentRow> requests;

    private PersonOption person;
    private Assignments.AppointmentRouteView route = Assignments.AppointmentRouteView.DIRECT;
    private AssignmentRole role = AssignmentRole.INDIVIDUAL_FUNCTIONAL;
    private String roleDetail;
    private String tasks;
    private boolean routine;
    private LocalDate startDate = LocalDate.now();
    private LocalDate endDate;
    private String legalBasis;

    private UnitOption targetUnit;
    private String purpose;
    private String competences;
    private String expectedTargets;
    private String duration;
    private LocalDate requestStart = LocalDate.now();
    private LocalDate requestEnd;
    private int headcount = 1;

    public void load() {
        rows = assignments.managed();
        requests = secondments.involving();
        needs = volunteering.openNeeds();
        applications = volunteering.applicationsInvolving();
    }

    /** KL Lampiran 2.q.2): the head announces a need employees may apply to. */
    public void announce() {
        Long id = UiMessages.attempt(() -> volunteering.announce(new id.sikerja.application.Volunteering.NewNeed(
                needTitle, needDescription, needOpenUntil)));
        if (id != null) {
            UiMessages.info("volunteer.announced");
            needTitle = null;
            needDescription = null;
            needOpenUntil = null;
            load();
        }
    }

    public void closeNeed(id.sikerja.application.Volunteering.NeedRow need) {
        if (UiMessages.attempt(() -> volunteering.closeNeed(need.id(), need.version()))) {
            UiMessages.info("volunteer.needClosedDone");
            load();
        }
    }

    public List<id.sikerja.application.Volunteering.NeedRow> getNeeds() {
        return needs;
    }

    public List<id.sikerja.application.Volunteering.ApplicationRow> getApplications() {
        return applications;
    }

    public String getNeedTitle() {
        return needTitle;
    }

    public void setNeedTitle(String needTitle) {
        this.needTitle = needTitle;
    }

    public String getNeedDescription() {
        return needDescription;
    }

    public void setNeedDescription(String needDescription) {
        this.needDescription = needDescription;
    }

    public LocalDate getNeedOpenUntil() {
        return needOpenUntil;
    }

    public void setNeedOpenUntil(LocalDate needOpenUntil) {
        this.needOpenUntil = needOpenUntil;
    }

    public void appoint() {
        if (person == null) {
            UiMessages.error("assignment.employeeRequired");
            return;
        }
        Long id = UiMessages.attempt(() -> assignments.appoint(new Assignments.NewAssignment(person.id(), role,
                roleDetail, tasks == null ? List.of() : List.of(tasks), routine, startDate, endDate, legalBasis, null)));
        if (id != null) {
            Assignments.AssignmentView made = assignments.assignment(id);
            if (made.status() == AssignmentStatus.PROPOSED) {
                UiMessages.info("assignment.proposed", person.name(), made.proposedToName());
            } else {
                UiMessages.info("assignment.appointed", person.name());
            }
            person = null;
            route = Assignments.AppointmentRouteView.DIRECT;
            roleDetail = null;
            tasks = null;
            legalBasis = null;
            load();
        }
    }

    /**
     * The person was chosen: whether the appointment will be a proposal, and to whom, shown before it is made
     * (the government's appointment route).
     */
    public void personChosen() {
        route = Assignments.AppointmentRouteView.DIRECT;
        if (person != null) {
            Assignments.AppointmentRouteView found = UiMessages.attempt(() -> assignments.routeFor(person.id()));
            if (found != null) {
                route = found;
            }
        }
    }

    public Assignments.AppointmentRouteView getRoute() {
        return route;
    }

    public void request() {
        if (targetUnit == null) {
            UiMessages.error("secondment.targetRequired");
            return;
        }
        Long id = UiMessages.attempt(() -> secondments.request(new Secondments.NewSecondment(targetUnit.id(), purpose,
                competences, expectedTargets, duration, requestStart, requestEnd, headcount)));
        if (id != null) {
            UiMessages.info("secondment.requested", targetUnit.name());
            targetUnit = null;
            purpose = null;
            competences = null;
            expectedTargets = null;
            duration = null;
            load();
        }
    }

    /**
     * Suggestions while typing; on submit OmniFaces' ListConverter calls this again with the chosen item's
     * label ("name (NIP) — position"), so the search uses the part before the first separator.
     */
    public List<PersonOption> completePerson(String text) {
        List<PersonOption> found = UiMessages.attempt(() -> assignments.appointable(searchPart(text, " (", " — ")));
        return found == null ? List.of() : found;
    }

    /** As {@link #completePerson}: the label is "unit — department". */
    public List<UnitOption> completeUnit(String text) {
        return secondments.targetUnits(searchPart(text, " — "));
    }

    static String searchPart(String text, String... separators) {
        if (text == null) {
            return null;
        }
        String part = text;
        for (String separator : separators) {
            int at = part.indexOf(separator);
            if (at > 0) {
                part = part.substring(0, at);
            }
        }
        return part;
    }

    public AssignmentRole[] getRoles() {
        return AssignmentRole.values();
    }

    public List<Assignments.AssignmentRow> getRows() {
        return rows;
    }

    public List<Secondments.SecondmentRow> getRequests() {
        return requests;
    }

    public PersonOption getPerson() {
        return person;
    }

    public void setPerson(PersonOption person) {
        this.person = person;
    }

    public AssignmentRole getRole() {
        return role;
    }

    public void setRole(AssignmentRole role) {
        this.role = role;
    }

    public String getRoleDetail() {
        return roleDetail;
    }

    public void setRoleDetail(String roleDetail) {
        this.roleDetail = roleDetail;
    }

    public String getTasks() {
        return tasks;
    }

    public void setTasks(String tasks) {
        this.tasks = tasks;
    }

    public boolean isRoutine() {
        return routine;
    }

    public void setRoutine(boolean routine) {
        this.routine = routine;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public UnitOption getTargetUnit() {
        return targetUnit;
    }

    public void setTargetUnit(UnitOption targetUnit) {
        this.targetUnit = targetUnit;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getCompetences() {
        return competences;
    }

    public void setCompetences(String competences) {
        this.competences = competences;
    }

    public String getExpectedTargets() {
        return expectedTargets;
    }

    public void setExpectedTargets(String expectedTargets) {
        this.expectedTargets = expectedTargets;
    }

    public String getDuration() {
        return duration;
    }

    public void setDuration(String duration) {
        this.duration = duration;
    }

    public LocalDate getRequestStart() {
        return requestStart;
    }

    public void setRequestStart(LocalDate requestStart) {
        this.requestStart = requestStart;
    }

    public LocalDate getRequestEnd() {
        return requestEnd;
    }

    public void setRequestEnd(LocalDate requestEnd) {
        this.requestEnd = requestEnd;
    }

    public int getHeadcount() {
        return headcount;
    }

    public void setHeadcount(int headcount) {
        this.headcount = headcount;
    }
}
