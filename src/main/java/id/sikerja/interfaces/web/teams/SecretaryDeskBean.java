package id.sikerja.interfaces.web.teams;

import id.sikerja.application.WorkTeams;
import id.sikerja.application.WorkTeams.SecretaryDesk;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** The Sekda's "Nominasi Ketua": nominations of ketua candidates and technical roles waiting for an answer. */
@Named
@ViewScoped
public class SecretaryDeskBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient WorkTeams workTeams;

    private SecretaryDesk desk;

    public void load() {
        desk = workTeams.secretaryDesk();
    }

    public SecretaryDesk getDesk() {
        return desk;
    }
}
