package id.sikerja.interfaces.web.plan;

import id.sikerja.application.Dialogues;
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
    transient Dialogues service;

    private List<Dialogues.DialogueRow> dialogues;

    public void load() {
        dialogues = service.myDialogues();
    }

    public List<Dialogues.DialogueRow> getDialogues() {
        return dialogues;
    }
}
