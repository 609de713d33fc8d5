package id.sikerja.interfaces.web.plan;

import id.sikerja.application.Dialogues;
import id.sikerja.application.Dialogues.DialogueSubjectView;
import id.sikerja.domain.planning.DialogueStage;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.interfaces.web.UiMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The dialogues section of an SKP, team or assignment page (WEB-INF/includes/subject-dialogues.xhtml): the
 * subject's dialogues and, for the people involved in it, the form to record one, with everyone involved
 * ticked (untick who was not there). The page names its subject in a view action:
 * {@code #{subjectDialoguesBean.load('TEAM', teamBean.id)}}. A recorded dialogue reloads the page, so what
 * depends on it (an SKP's missing planning dialogue, the participants offered) is shown afresh.
 */
@Named
@ViewScoped
public class SubjectDialoguesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Dialogues dialogues;

    private String subjectType;
    private Long subjectId;
    /** Null when the caller may not read this subject's dialogues: the section is not shown. */
    private DialogueSubjectView subject;

    private LocalDate heldOn = LocalDate.now();
    private DialogueStage stage = DialogueStage.PLANNING;
    private List<Long> participants = new ArrayList<>();
    private String expectations;
    private String targets;
    private String resources;
    private String followUps;

    public void load(String type, Long id) {
        this.subjectType = type;
        this.subjectId = id;
        refresh();
        if (subject != null && participants.isEmpty()) {
            subject.candidates().forEach(c -> participants.add(c.id()));
        }
    }

    private void refresh() {
        if (subjectId == null) {
            subject = null;
            return;
        }
        try {
            subject = dialogues.dialogueSubject(subjectType, subjectId);
        } catch (AccessDeniedException e) {
            // the page itself is readable through another path (e.g. a secondment): no dialogues section
            subject = null;
        }
    }

    /** Records the dialogue; on success the page is loaded again (with the confirmation), else it stays. */
    public String record() {
        if (subject == null) {
            return null;
        }
        boolean done = UiMessages.attempt(() -> dialogues.recordDialogue(new Dialogues.DialogueData(
                subjectType, subjectId, heldOn, stage, new LinkedHashSet<>(participants), expectations, targets,
                resources, followUps))) != null;
        if (!done) {
            return null;
        }
        UiMessages.info("dialogue.recorded");
        return FacesContext.getCurrentInstance().getViewRoot().getViewId()
                + "?faces-redirect=true&includeViewParams=true";
    }

    public DialogueSubjectView getSubject() {
        return subject;
    }

    public DialogueStage[] getStages() {
        return DialogueStage.values();
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public DialogueStage getStage() {
        return stage;
    }

    public void setStage(DialogueStage stage) {
        this.stage = stage;
    }

    public List<Long> getParticipants() {
        return participants;
    }

    public void setParticipants(List<Long> participants) {
        this.participants = participants == null ? new ArrayList<>() : participants;
    }

    public String getExpectations() {
        return expectations;
    }

    public void setExpectations(String expectations) {
        this.expectations = expectations;
    }

    public String getTargets() {
        return targets;
    }

    public void setTargets(String targets) {
        this.targets = targets;
    }

    public String getResources() {
        return resources;
    }

    public void setResources(String resources) {
        this.resources = resources;
    }

    public String getFollowUps() {
        return followUps;
    }

    public void setFollowUps(String followUps) {
        this.followUps = followUps;
    }
}
