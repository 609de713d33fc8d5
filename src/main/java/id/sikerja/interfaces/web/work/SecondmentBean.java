package id.sikerja.interfaces.web.work;

import id.sikerja.application.Assignments;
import id.sikerja.application.Secondments;
import id.sikerja.domain.assignment.AssignmentRole;
import id.sikerja.domain.assignment.SecondmentStep;
import id.sikerja.domain.shared.NotFoundException;
import id.sikerja.interfaces.web.UiMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** One secondment request: its chain, the step waiting for the caller, its letters and history. */
@Named
@ViewScoped
public class SecondmentBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Secondments secondments;

    private Long id;
    private Secondments.SecondmentView secondment;
    private List<Assignments.PersonOption> candidates = List.of();
    private List<Long> chosen = new ArrayList<>();
    private AssignmentRole role = AssignmentRole.INDIVIDUAL_FUNCTIONAL;
    private String roleDetail;
    private String tasks;
    private String reason;

    public void load() {
        if (id == null) {
            throw new NotFoundException("secondment", "");
        }
        secondment = secondments.secondment(id);
        candidates = secondment.myStep() && secondment.currentStep() == SecondmentStep.TARGET_NOMINATION
                ? secondments.candidates(id) : List.of();
    }

    public void approve() {
        if (UiMessages.attempt(() -> secondments.approveStep(id, secondment.version()))) {
            UiMessages.info("secondment.approved");
        }
        load();
    }

    public void refuse() {
        if (reason == null || reason.isBlank()) {
            UiMessages.error("assignment.reasonRequired");
            return;
        }
        if (UiMessages.attempt(() -> secondments.refuseStep(id, secondment.version(), reason))) {
            UiMessages.info("secondment.refused");
            reason = null;
        }
        load();
    }

    /** The target side answers the Kepala Daerah's refusal with its reasons. */
    public void answerRefusal() {
        if (reason == null || reason.isBlank()) {
            UiMessages.error("assignment.reasonRequired");
            return;
        }
        if (UiMessages.attempt(() -> secondments.answerRefusal(id, secondment.version(), reason))) {
            UiMessages.info("secondment.refusalAnswered");
            reason = null;
        }
        load();
    }

    /** The target authority sends the list back to whoever named the people. */
    public void returnAnswer() {
        if (reason == null || reason.isBlank()) {
            UiMessages.error("assignment.reasonRequired");
            return;
        }
        if (UiMessages.attempt(() -> secondments.returnAnswer(id, secondment.version(), reason))) {
            UiMessages.info("secondment.answerReturned");
            reason = null;
        }
        load();
    }

    public void nominate() {
        if (UiMessages.attempt(() -> secondments.nominate(id, secondment.version(), new Secondments.Nomination(
                chosen, role, roleDetail, tasks == null ? List.of() : List.of(tasks))))) {
            UiMessages.info("secondment.nominated", chosen.size());
            chosen = new ArrayList<>();
        }
        load();
    }

    public AssignmentRole[] getRoles() {
        return AssignmentRole.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Secondments.SecondmentView getSecondment() {
        return secondment;
    }

    public List<Assignments.PersonOption> getCandidates() {
        return candidates;
    }

    public List<Long> getChosen() {
        return chosen;
    }

    public void setChosen(List<Long> chosen) {
        this.chosen = chosen;
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

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
