package id.sikerja.interfaces.web.teams;

import id.sikerja.application.WorkTeams;
import id.sikerja.application.WorkTeams.TeamView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** "Tim Saya": the teams the signed-in employee leads or belongs to, with their members. */
@Named
@ViewScoped
public class MyTeamsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient WorkTeams workTeams;

    private List<TeamView> teams;

    public void load() {
        teams = workTeams.mine();
    }

    public List<TeamView> getTeams() {
        return teams;
    }
}
