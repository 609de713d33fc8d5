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

    /** Active (not ended, not dissolved) teams the employee leads. */
    List<WorkTeam> activeTeamsLedBy(long governmentId, long employeeId);

    Optional<LeadNomination> nomination(long governmentId, long id);

    /** Nominations of a team, newest first. */
    List<LeadNomination> nominations(long governmentId, long teamId);

    /** Nominations waiting for the Sekda. */
    List<LeadNomination> pendingNominations(long governmentId);

    /** Technical-role members waiting for the Sekda's approval. */
    List<TeamMember> pendingTechnicalRoles(long governmentId);

    <T> T add(T entity);

    void flush();
}
