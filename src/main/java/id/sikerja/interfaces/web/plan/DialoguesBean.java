package id.sikerja.interfaces.web.plan;

import id.sikerja.application.PlanningService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The performance dialogues the caller took part in. */
@Named
@ViewScoped
public class DialoguesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PlanningService planning;

    private List<PlanningService.DialogueRow> dialogues;

    public void load() {
        dialogues = planning.myDialogues();
    }

    public List<PlanningService.DialogueRow> getDialogues() {
        return dialogues;
    }
}
