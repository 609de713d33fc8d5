package id.sikerja.domain.team;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Persistence of work teams and lead nominations; every finder takes the government id (tenant isolation). */
public interface TeamRepository {

    Optional<WorkTeam> team(long governmentId, long id);

    /** Teams whose owner unit lies in one of the subtrees given by unit paths. */
    List<WorkTeam> teamsOwnedUnder(long governmentId, Collection<String> unitPaths);

    List<WorkTeam> allTeams(long governmentId);

    /** Teams whose decree was signed (established, or ended since) and whose period overlaps [from, to]. */
    List<WorkTeam> establishedTeamsBetween(long governmentId, java.time.LocalDate from, java.time.LocalDate to);

    /** Teams the employee is a member of (any role). */
    List<WorkTeam> teamsWithMember(long governmentId, long employeeId);

    /** Active (not ended, not dissolved) teams the employee leads now. */
    List<WorkTeam> activeTeamsLedBy(long governmentId, long employeeId);

    /** A team target of the government (its team loaded with it). */
    Optional<TeamTarget> target(long governmentId, long id);

    Optional<LeadNomination> nomination(long governmentId, long id);

    /** Nominations of a team, newest first. */
    List<LeadNomination> nominations(long governmentId, long teamId);

    /** Nominations in a state, oldest first (PROPOSED: waiting for the personnel office; FORWARDED: for the Sekda). */
    List<LeadNomination> nominationsIn(long governmentId, NominationState state);

    /** The decrees issued for a team, oldest first. */
    List<TeamDecree> decrees(long governmentId, long teamId);

    Optional<TeamDecree> decree(long governmentId, long id);

    /** Technical-role members waiting for the Sekda's approval. */
    List<TeamMember> pendingTechnicalRoles(long governmentId);

    <T> T add(T entity);

    void flush();
}
