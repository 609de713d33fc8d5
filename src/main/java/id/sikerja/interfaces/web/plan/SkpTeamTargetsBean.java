package id.sikerja.interfaces.web.plan;

import id.sikerja.application.TeamTargets;
import id.sikerja.application.TeamTargets.SkpTeamLinks;
import id.sikerja.interfaces.web.UiMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The "serves the team's target" column of the SKP page: the owner names, per result, the team target it serves. */
@Named
@ViewScoped
public class SkpTeamTargetsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TeamTargets teamTargets;

    private Long skpId;
    private SkpTeamLinks links = new SkpTeamLinks(false, List.of(), Map.of());
    /** The select of each result row: result id → chosen team target id. */
    private final Map<Long, Long> chosen = new HashMap<>();

    public void load(Long id) {
        skpId = id;
        if (id == null) {
            return;
        }
        links = teamTargets.skpLinks(id);
        chosen.clear();
        chosen.putAll(links.served());
    }

    /** Saves the choice of one result's row. */
    public void serve(long resultId) {
        Long target = chosen.get(resultId);
        if (UiMessages.attempt(() -> teamTargets.serveTeamTarget(skpId, resultId, target))) {
            UiMessages.info(target == null ? "skp.teamTargetCleared" : "skp.teamTargetServed");
        }
        load(skpId);
    }

    /** Whether the column is worth showing: the owner may choose, or a result names a team target. */
    public boolean isShown() {
        return !links.options().isEmpty() || !links.served().isEmpty();
    }

    public String labelOf(long resultId) {
        return links.labelOf(links.served().get(resultId));
    }

    public SkpTeamLinks getLinks() {
        return links;
    }

    public Map<Long, Long> getChosen() {
        return chosen;
    }
}
