package id.sikerja.interfaces.web.work;

import id.sikerja.application.Volunteering;
import id.sikerja.domain.shared.NotFoundException;
import id.sikerja.interfaces.web.UiMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** One voluntary application: its steps, the step waiting for the caller, its history. */
@Named
@ViewScoped
public class VolunteerBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Volunteering volunteering;

    private Long id;
    private Volunteering.ApplicationView application;
    private String reason;

    public void load() {
        if (id == null) {
            throw new NotFoundException("volunteer", "");
        }
        application = volunteering.application(id);
    }

    public void approve() {
        if (UiMessages.attempt(() -> volunteering.approveApplication(id, application.version()))) {
            UiMessages.info("volunteer.approved");
        }
        load();
    }

    public void refuse() {
        if (reason == null || reason.isBlank()) {
            UiMessages.error("assignment.reasonRequired");
            return;
        }
        if (UiMessages.attempt(() -> volunteering.refuseApplication(id, application.version(), reason))) {
            UiMessages.info("volunteer.refused");
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

    public Volunteering.ApplicationView getApplication() {
        return application;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
