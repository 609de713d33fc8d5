package id.sikerja.infrastructure.persistence;

import id.sikerja.domain.team.LeadNomination;
import id.sikerja.domain.team.NominationState;
import id.sikerja.domain.team.TeamDecree;
import id.sikerja.domain.team.TeamMember;
import id.sikerja.domain.team.TeamRepository;
import id.sikerja.domain.team.TeamRole;
import id.sikerja.domain.team.TeamTarget;
import id.sikerja.domain.team.TechnicalApproval;
import id.sikerja.domain.team.WorkTeam;
import id.sikerja.domain.team.WorkTeamState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** JPA implementation of {@link TeamRepository}; joins the caller's transaction. */
@ApplicationScoped
public class JpaTeamRepository implements TeamRepository {

    private static final List<WorkTeamState> ACTIVE = java.util.Arrays.stream(WorkTeamState.values())
            .filter(WorkTeamState::isActive).toList();

    @PersistenceContext(unitName = "sikerja")
    private EntityManager em;

    @Override
    public Optional<WorkTeam> team(long governmentId, long id) {
        return em.createQuery("select t from WorkTeam t where t.id = :id and t.government.id = :g", WorkTeam.class)
                .setParameter("id", id).setParameter("g", governmentId).getResultStream().findFirst();
    }

    @Override
    public List<WorkTeam> teamsOwnedUnder(long governmentId, Collection<String> unitPaths) {
        List<WorkTeam> result = new ArrayList<>();
        for (String path : unitPaths) {
            result.addAll(em.createQuery("select t from WorkTeam t join fetch t.ownerUnit u where t.government.id = :g "
                            + "and u.path like :p" + Like.ESCAPE + " order by t.startDate desc, t.id desc", WorkTeam.class)
                    .setParameter("g", governmentId).setParameter("p", Like.prefix(path)).getResultList());
        }
        return result.stream().distinct().toList();
    }

    @Override
    public List<WorkTeam> allTeams(long governmentId) {
        return em.createQuery("select t from WorkTeam t join fetch t.ownerUnit where t.government.id = :g "
                + "order by t.startDate desc, t.id desc", WorkTeam.class).setParameter("g", governmentId).getResultList();
    }

    @Override
    public List<WorkTeam> teamsWithMember(long governmentId, long employeeId) {
        return em.createQuery("select distinct t from WorkTeam t join t.members m where t.government.id = :g "
                        + "and m.employee.id = :e", WorkTeam.class)
                .setParameter("g", governmentId).setParameter("e", employeeId).getResultList();
    }

    @Override
    public List<WorkTeam> establishedTeamsBetween(long governmentId, java.time.LocalDate from, java.time.LocalDate to) {
        return em.createQuery("select t from WorkTeam t where t.government.id = :g and t.state in :signed "
                        + "and t.startDate <= :to and (t.endDate is null or t.endDate >= :from) order by t.id",
                        WorkTeam.class)
                .setParameter("g", governmentId).setParameter("from", from).setParameter("to", to)
                .setParameter("signed", java.util.EnumSet.of(WorkTeamState.ESTABLISHED, WorkTeamState.ENDED))
                .getResultList();
    }

    @Override
    public List<WorkTeam> activeTeamsLedBy(long governmentId, long employeeId) {
        return em.createQuery("select distinct t from WorkTeam t join t.members m where t.government.id = :g "
                        + "and m.employee.id = :e and m.role = :lead and t.state in :active", WorkTeam.class)
                .setParameter("g", governmentId).setParameter("e", employeeId).setParameter("lead", TeamRole.LEAD)
                .setParameter("active", ACTIVE).getResultList();
    }

    @Override
    public Optional<TeamTarget> target(long governmentId, long id) {
        return em.createQuery("select t from TeamTarget t join fetch t.team where t.id = :id and t.government.id = :g",
                TeamTarget.class).setParameter("id", id).setParameter("g", governmentId).getResultStream().findFirst();
    }

    @Override
    public Optional<LeadNomination> nomination(long governmentId, long id) {
        return em.createQuery("select n from LeadNomination n where n.id = :id and n.government.id = :g",
                LeadNomination.class).setParameter("id", id).setParameter("g", governmentId).getResultStream().findFirst();
    }

    @Override
    public List<LeadNomination> nominations(long governmentId, long teamId) {
        return em.createQuery("select n from LeadNomination n where n.government.id = :g and n.team.id = :t "
                + "order by n.id desc", LeadNomination.class).setParameter("g", governmentId).setParameter("t", teamId)
                .getResultList();
    }

    @Override
    public List<LeadNomination> nominationsIn(long governmentId, NominationState state) {
        return em.createQuery("select n from LeadNomination n join fetch n.team where n.government.id = :g "
                        + "and n.state = :s order by n.id", LeadNomination.class)
                .setParameter("g", governmentId).setParameter("s", state).getResultList();
    }

    @Override
    public List<TeamDecree> decrees(long governmentId, long teamId) {
        return em.createQuery("select d from TeamDecree d where d.government.id = :g and d.team.id = :t order by d.id",
                TeamDecree.class).setParameter("g", governmentId).setParameter("t", teamId).getResultList();
    }

    @Override
    public Optional<TeamDecree> decree(long governmentId, long id) {
        return em.createQuery("select d from TeamDecree d where d.government.id = :g and d.id = :id", TeamDecree.class)
                .setParameter("g", governmentId).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<TeamMember> pendingTechnicalRoles(long governmentId) {
        return em.createQuery("select m from TeamMember m join fetch m.team join fetch m.employee "
                        + "where m.government.id = :g and m.approval = :a order by m.id", TeamMember.class)
                .setParameter("g", governmentId).setParameter("a", TechnicalApproval.PENDING).getResultList();
    }

    @Override
    public <T> T add(T entity) {
        em.persist(entity);
        return entity;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
