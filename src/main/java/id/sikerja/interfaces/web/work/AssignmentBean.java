package id.sikerja.interfaces.web.work;

import id.sikerja.application.Assignments;
import id.sikerja.domain.shared.NotFoundException;
import id.sikerja.interfaces.web.UiMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** One assignment: its letter, accepting or refusing a proposal, signing or refusing the letter, its history. */
@Named
@ViewScoped
public class AssignmentBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Assignments assignments;

    private Long id;
    private Assignments.AssignmentView assignment;
    private String reason;

    public void load() {
        if (id == null) {
            throw new NotFoundException("assignment", "");
        }
        assignment = assignments.assignment(id);
    }

    public void sign() {
        if (UiMessages.attempt(() -> assignments.sign(id, assignment.version()))) {
            UiMessages.info("assignment.signed");
        }
        load();
    }

    public void refuse() {
        if (reason == null || reason.isBlank()) {
            UiMessages.error("assignment.reasonRequired");
            return;
        }
        if (UiMessages.attempt(() -> assignments.refuse(id, assignment.version(), reason))) {
            UiMessages.info("assignment.refused");
            reason = null;
        }
        load();
    }

    /** The official a proposal was made to accepts it (the letter goes to its signer). */
    public void accept() {
        if (UiMessages.attempt(() -> assignments.accept(id, assignment.version()))) {
            UiMessages.info("assignment.accepted");
        }
        load();
    }

    /** ... or refuses it, with a reason. */
    public void decline() {
        if (reason == null || reason.isBlank()) {
            UiMessages.error("assignment.reasonRequired");
            return;
        }
        if (UiMessages.attempt(() -> assignments.decline(id, assignment.version(), reason))) {
            UiMessages.info("assignment.declined");
            reason = null;
        }
        load();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Assignments.AssignmentView getAssignment() {
        return assignment;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
