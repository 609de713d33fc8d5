package id.sikerja.it;

import id.sikerja.application.WorkTeams;
import id.sikerja.application.WorkTeams.TeamData;
import id.sikerja.domain.policy.WorkTeamKind;
import id.sikerja.domain.team.NominationOccasion;
import id.sikerja.infrastructure.security.CurrentUserBean;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.List;

/**
 * The Klaten route to an established kelompok kerja of the running year, as the people who take each step: the
 * Kepala Dinas forms it and proposes two candidates on the vacant seat, the BKPSDM admin forwards, the Sekda
 * recommends the first, the Kepala Dinas submits and signs (KL Pasal 14 ayat (1)).
 */
final class KlatenTeams {

    static final String KADIS = "klaten.kadis";
    static final String ADMIN = "klaten.admin";
    static final String SEKDA = "klaten.sekda";

    private KlatenTeams() {
    }

    /** Returns the team id; {@code lead} becomes its ketua. */
    static long establishedGroup(WorkTeams teams, CurrentUserBean currentUser, EntityManager em, String unitCode,
                                 String name, long lead, long other) {
        currentUser.runAs(KADIS);
        LocalDate today = LocalDate.now();
        long id = teams.form(new TeamData(name, "Uji", WorkTeamKind.KELOMPOK_KERJA,
                ItSupport.unitId(em, "KLATEN", unitCode), today, LocalDate.of(today.getYear(), 12, 31)));
        jakarta.enterprise.inject.spi.CDI.current().select(id.sikerja.application.TeamTargets.class).get()
                .addTarget(id, teams.team(id).version(), new id.sikerja.application.TeamTargets.TargetData(
                        "Meningkatnya mutu layanan", "Persentase layanan tepat waktu", "90%", null, null, null));
        long nomination = teams.nominate(id, teams.team(id).version(), List.of(lead, other), NominationOccasion.VACANCY);
        currentUser.runAs(ADMIN);
        teams.forwardNomination(nomination, version(teams, id, nomination));
        currentUser.runAs(SEKDA);
        teams.recommend(nomination, version(teams, id, nomination), lead, null);
        currentUser.runAs(KADIS);
        teams.submit(id, teams.team(id).version());
        teams.sign(id, teams.team(id).version());
        return id;
    }

    /** The version of a nomination as the team page shows it. */
    static int version(WorkTeams teams, long teamId, long nominationId) {
        return teams.team(teamId).nominations().stream().filter(n -> n.id() == nominationId).findFirst()
                .orElseThrow().version();
    }
}
