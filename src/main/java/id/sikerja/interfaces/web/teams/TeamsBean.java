package id.sikerja.interfaces.web.teams;

import id.sikerja.application.WorkTeams;
import id.sikerja.application.WorkTeams.FormOptions;
import id.sikerja.application.WorkTeams.TeamData;
import id.sikerja.application.WorkTeams.TeamSummary;
import id.sikerja.domain.policy.WorkTeamKind;
import id.sikerja.interfaces.web.UiMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** "Tim Kerja": the teams in the caller's scope and, for unit and department heads, forming a new team. */
@Named
@ViewScoped
public class TeamsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient WorkTeams workTeams;

    private List<TeamSummary> teams;
    private FormOptions options;

    private String name;
    private String purpose;
    private WorkTeamKind kind;
    private Long ownerUnitId;
    private LocalDate start = LocalDate.now();
    private LocalDate end = LocalDate.of(LocalDate.now().getYear(), 12, 31);

    public void load() {
        teams = workTeams.visible();
        options = workTeams.formOptions();
        if (kind == null && !options.kinds().isEmpty()) {
            kind = options.kinds().iterator().next();
        }
        if (ownerUnitId == null && !options.units().isEmpty()) {
            ownerUnitId = options.units().get(0).id();
        }
    }

    /** Forms the team and opens its page; on a refusal stays here with the message. */
    public String form() {
        Long id = UiMessages.attempt(() -> workTeams.form(new TeamData(name, purpose, kind, ownerUnitId, start, end)));
        if (id == null) {
            return null;
        }
        UiMessages.info("team.formed", name);
        return "/teams/team?faces-redirect=true&id=" + id;
    }

    public List<TeamSummary> getTeams() {
        return teams;
    }

    public FormOptions getOptions() {
        return options;
    }

    public boolean isCanForm() {
        return options != null && !options.units().isEmpty();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public WorkTeamKind getKind() {
        return kind;
    }

    public void setKind(WorkTeamKind kind) {
        this.kind = kind;
    }

    public Long getOwnerUnitId() {
        return ownerUnitId;
    }

    public void setOwnerUnitId(Long ownerUnitId) {
        this.ownerUnitId = ownerUnitId;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }
}
