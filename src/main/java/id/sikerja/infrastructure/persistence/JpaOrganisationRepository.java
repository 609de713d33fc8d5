package id.sikerja.infrastructure.persistence;

import id.sikerja.domain.organisation.AppraiserOverride;
import id.sikerja.domain.organisation.AppraiserRule;
import id.sikerja.domain.organisation.Department;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.EmployeeFilter;
import id.sikerja.domain.organisation.EmployeeRow;
import id.sikerja.domain.organisation.Government;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.organisation.OrganisationRepository;
import id.sikerja.domain.organisation.Placement;
import id.sikerja.domain.organisation.PositionClass;
import id.sikerja.domain.organisation.Position;
import id.sikerja.domain.organisation.Rank;
import id.sikerja.domain.policy.PolicyProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** JPA implementation of {@link OrganisationRepository}; joins the caller's transaction. */
@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    /** An open or current placement on :on. */
    private static final String ACTIVE = " p.startDate <= :on and (p.endDate is null or p.endDate >= :on) ";

    @PersistenceContext(unitName = "sikerja")
    private EntityManager em;

    @Override
    public List<Government> governments() {
        return em.createQuery("select g from Government g order by g.name", Government.class).getResultList();
    }

    @Override
    public Optional<Government> government(long id) {
        return Optional.ofNullable(em.find(Government.class, id));
    }

    @Override
    public Optional<Government> governmentByCode(String code) {
        return first(em.createQuery("select g from Government g where g.code = :c", Government.class)
                .setParameter("c", code));
    }

    @Override
    public Optional<PolicyProfile> policy(long governmentId) {
        return Optional.ofNullable(em.find(PolicyProfile.class, governmentId));
    }

    @Override
    public Optional<Department> department(long governmentId, long id) {
        return first(em.createQuery("select d from Department d where d.id = :id and d.government.id = :g",
                Department.class).setParameter("id", id).setParameter("g", governmentId));
    }

    @Override
    public Optional<Department> departmentByCode(long governmentId, String code) {
        return first(em.createQuery("select d from Department d where d.code = :c and d.government.id = :g",
                Department.class).setParameter("c", code).setParameter("g", governmentId));
    }

    @Override
    public List<Department> departments(long governmentId) {
        return em.createQuery("select d from Department d where d.government.id = :g order by d.name", Department.class)
                .setParameter("g", governmentId).getResultList();
    }

    @Override
    public Optional<OrgUnit> unit(long governmentId, long id) {
        return first(em.createQuery("select u from OrgUnit u join fetch u.department where u.id = :id "
                + "and u.government.id = :g", OrgUnit.class).setParameter("id", id).setParameter("g", governmentId));
    }

    @Override
    public Optional<OrgUnit> unitByCode(long governmentId, String code) {
        return first(em.createQuery("select u from OrgUnit u join fetch u.department where u.code = :c "
                + "and u.government.id = :g", OrgUnit.class).setParameter("c", code).setParameter("g", governmentId));
    }

    @Override
    public List<OrgUnit> units(long governmentId) {
        return em.createQuery("select u from OrgUnit u join fetch u.department where u.government.id = :g "
                + "order by u.path", OrgUnit.class).setParameter("g", governmentId).getResultList();
    }

    @Override
    public List<OrgUnit> rootUnits(long governmentId) {
        return em.createQuery("select u from OrgUnit u join fetch u.department d where u.government.id = :g "
                + "and u.parent is null and u.active = true order by d.name", OrgUnit.class)
                .setParameter("g", governmentId).getResultList();
    }

    @Override
    public List<OrgUnit> children(long governmentId, long parentId) {
        return em.createQuery("select u from OrgUnit u join fetch u.department where u.government.id = :g "
                + "and u.parent.id = :p and u.active = true order by u.level, u.name", OrgUnit.class)
                .setParameter("g", governmentId).setParameter("p", parentId).getResultList();
    }

    @Override
    public List<OrgUnit> searchUnits(long governmentId, String text, int limit) {
        String like = Like.contains(text.strip().toLowerCase());
        return em.createQuery("select u from OrgUnit u join fetch u.department where u.government.id = :g "
                + "and u.active = true and (lower(u.name) like :t" + Like.ESCAPE
                + " or lower(u.code) like :t" + Like.ESCAPE + ") "
                + "order by u.path", OrgUnit.class)
                .setParameter("g", governmentId).setParameter("t", like).setMaxResults(limit).getResultList();
    }

    @Override
    public Map<Long, Long> headcounts(long governmentId, Collection<OrgUnit> units, LocalDate on) {
        Map<Long, Long> result = new HashMap<>();
        if (units.isEmpty()) {
            return result;
        }
        // One query: count active placements per path, then sum per requested subtree.
        List<Object[]> rows = em.createQuery("select u.path, count(p) from Placement p join p.position pos "
                + "join pos.unit u where p.government.id = :g and" + ACTIVE + "group by u.path", Object[].class)
                .setParameter("g", governmentId).setParameter("on", on).getResultList();
        for (OrgUnit unit : units) {
            long total = 0;
            for (Object[] row : rows) {
                if (((String) row[0]).startsWith(unit.getPath())) {
                    total += (Long) row[1];
                }
            }
            result.put(unit.getId(), total);
        }
        return result;
    }

    @Override
    public Map<Long, Boolean> hasChildren(long governmentId, Collection<Long> unitIds) {
        Map<Long, Boolean> result = new HashMap<>();
        unitIds.forEach(id -> result.put(id, false));
        if (!unitIds.isEmpty()) {
            em.createQuery("select distinct u.parent.id from OrgUnit u where u.government.id = :g "
                    + "and u.parent.id in :ids and u.active = true", Long.class)
                    .setParameter("g", governmentId).setParameter("ids", unitIds).getResultList()
                    .forEach(id -> result.put(id, true));
        }
        return result;
    }

    @Override
    public Optional<Position> position(long governmentId, long id) {
        return first(em.createQuery("select p from Position p join fetch p.unit where p.id = :id "
                + "and p.government.id = :g", Position.class).setParameter("id", id).setParameter("g", governmentId));
    }

    @Override
    public List<Position> positions(long governmentId, long unitId) {
        return em.createQuery("select p from Position p where p.government.id = :g and p.unit.id = :u "
                + "order by p.headsUnit desc, p.positionClass, p.title", Position.class)
                .setParameter("g", governmentId).setParameter("u", unitId).getResultList();
    }

    @Override
    public Optional<Position> headPosition(long governmentId, long unitId) {
        return first(em.createQuery("select p from Position p where p.government.id = :g and p.unit.id = :u "
                + "and p.headsUnit = true and p.active = true", Position.class)
                .setParameter("g", governmentId).setParameter("u", unitId));
    }

    @Override
    public List<Position> allPositions(long governmentId) {
        return em.createQuery("select p from Position p join fetch p.unit where p.government.id = :g",
                Position.class).setParameter("g", governmentId).getResultList();
    }

    @Override
    public Optional<Employee> employee(long governmentId, long id) {
        return first(em.createQuery("select e from Employee e where e.id = :id and e.government.id = :g",
                Employee.class).setParameter("id", id).setParameter("g", governmentId));
    }

    @Override
    public List<id.sikerja.domain.organisation.EmployeeRevision> employeeRevisions(long governmentId, long employeeId) {
        if (employee(governmentId, employeeId).isEmpty()) {
            return List.of();
        }
        org.hibernate.envers.AuditReader reader = org.hibernate.envers.AuditReaderFactory.get(em);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = reader.createQuery().forRevisionsOfEntity(Employee.class, false, true)
                .add(org.hibernate.envers.query.AuditEntity.id().eq(employeeId))
                .addOrder(org.hibernate.envers.query.AuditEntity.revisionNumber().asc())
                .getResultList();
        List<id.sikerja.domain.organisation.EmployeeRevision> revisions = new java.util.ArrayList<>();
        for (Object[] row : rows) {
            Employee e = (Employee) row[0];
            AuditRevision revision = (AuditRevision) row[1];
            org.hibernate.envers.RevisionType type = (org.hibernate.envers.RevisionType) row[2];
            id.sikerja.domain.organisation.EmployeeRevision.Kind kind = switch (type) {
                case ADD -> id.sikerja.domain.organisation.EmployeeRevision.Kind.CREATED;
                case MOD -> id.sikerja.domain.organisation.EmployeeRevision.Kind.CHANGED;
                case DEL -> id.sikerja.domain.organisation.EmployeeRevision.Kind.DELETED;
            };
            revisions.add(new id.sikerja.domain.organisation.EmployeeRevision(
                    java.time.Instant.ofEpochMilli(revision.getTimestamp()), revision.getUsername(), kind, e.getName(),
                    e.getNip() == null ? null : e.getNip().formatted(), e.getRank() == null ? null : e.getRank().getCode(),
                    e.getStatus(), e.getEmail(), e.getPhone()));
        }
        return revisions;
    }

    @Override
    public Optional<Employee> employeeByNip(String nip) {
        return first(em.createQuery("select e from Employee e where e.nip = :n", Employee.class)
                .setParameter("n", id.sikerja.domain.organisation.Nip.of(nip)));
    }

    @Override
    public List<Placement> placementsInUnit(long governmentId, long unitId, LocalDate on) {
        return em.createQuery("select p from Placement p join fetch p.employee e join fetch p.position pos "
                + "where p.government.id = :g and pos.unit.id = :u and" + ACTIVE
                + "order by pos.headsUnit desc, pos.positionClass, e.name", Placement.class)
                .setParameter("g", governmentId).setParameter("u", unitId).setParameter("on", on).getResultList();
    }

    @Override
    public List<Placement> activePlacements(long governmentId, LocalDate on) {
        return em.createQuery("select p from Placement p join fetch p.employee e join fetch p.position pos "
                + "join fetch pos.unit where p.government.id = :g and" + ACTIVE, Placement.class)
                .setParameter("g", governmentId).setParameter("on", on).getResultList();
    }

    @Override
    public List<Employee> holders(long governmentId, long positionId, LocalDate on) {
        return em.createQuery("select e from Placement p join p.employee e where p.government.id = :g "
                + "and p.position.id = :pos and" + ACTIVE + "order by p.startDate", Employee.class)
                .setParameter("g", governmentId).setParameter("pos", positionId).setParameter("on", on)
                .getResultList();
    }

    @Override
    public List<Placement> activePlacementsUnder(long governmentId, String unitPath, LocalDate on) {
        return em.createQuery("select p from Placement p join fetch p.employee e join fetch p.position pos "
                        + "join fetch pos.unit u where p.government.id = :g and u.path like :path" + Like.ESCAPE + " and"
                        + ACTIVE, Placement.class)
                .setParameter("g", governmentId).setParameter("path", Like.prefix(unitPath))
                .setParameter("on", on).getResultList();
    }

    @Override
    public List<Placement> activePlacementsOfClass(long governmentId, PositionClass positionClass, LocalDate on) {
        return em.createQuery("select p from Placement p join fetch p.employee e join fetch p.position pos "
                        + "join fetch pos.unit where p.government.id = :g and pos.positionClass = :c and" + ACTIVE
                        + "order by p.startDate", Placement.class)
                .setParameter("g", governmentId).setParameter("c", positionClass).setParameter("on", on)
                .getResultList();
    }

    @Override
    public List<Placement> searchActivePlacements(long governmentId, String text, boolean matchTitle,
                                                  java.util.Collection<String> unitPaths,
                                                  java.util.Collection<Long> extraEmployeeIds, LocalDate on, int limit) {
        StringBuilder jpql = new StringBuilder("select p from Placement p join fetch p.employee e "
                + "join fetch p.position pos join fetch pos.unit u where p.government.id = :g and" + ACTIVE);
        boolean hasText = text != null && !text.isBlank();
        if (hasText) {
            jpql.append("and (lower(e.name) like :t" + Like.ESCAPE + " or cast(e.nip as String) like :t" + Like.ESCAPE + " ")
                    .append(matchTitle ? "or lower(pos.title) like :t" + Like.ESCAPE + ") " : ") ");
        }
        List<String> paths = unitPaths == null ? null : List.copyOf(unitPaths);
        boolean hasExtra = extraEmployeeIds != null && !extraEmployeeIds.isEmpty();
        if (paths != null) {
            List<String> clauses = new ArrayList<>();
            for (int i = 0; i < paths.size(); i++) {
                clauses.add("u.path like :p" + i + Like.ESCAPE);
            }
            if (hasExtra) {
                clauses.add("e.id in :extra");
            }
            jpql.append(clauses.isEmpty() ? "and 1 = 0 " : "and (" + String.join(" or ", clauses) + ") ");
        }
        jpql.append("order by e.name, e.id");
        TypedQuery<Placement> q = em.createQuery(jpql.toString(), Placement.class)
                .setParameter("g", governmentId).setParameter("on", on);
        if (hasText) {
            q.setParameter("t", Like.contains(text.strip().toLowerCase()));
        }
        if (paths != null) {
            for (int i = 0; i < paths.size(); i++) {
                q.setParameter("p" + i, Like.prefix(paths.get(i)));
            }
            if (hasExtra) {
                q.setParameter("extra", extraEmployeeIds);
            }
        }
        return q.setMaxResults(limit).getResultList();
    }

    @Override
    public java.util.Map<Long, Long> occupiedSeats(long governmentId, LocalDate on) {
        java.util.Map<Long, Long> seats = new java.util.HashMap<>();
        em.createQuery("select p.position.id, count(p) from Placement p where p.government.id = :g and" + ACTIVE
                        + "group by p.position.id", Object[].class)
                .setParameter("g", governmentId).setParameter("on", on).getResultList()
                .forEach(r -> seats.put((Long) r[0], (Long) r[1]));
        return seats;
    }

    @Override
    public List<EmployeeRow> searchEmployees(EmployeeFilter filter, int first, int pageSize) {
        String order = switch (filter.sortField() == null ? "name" : filter.sortField()) {
            case "nip" -> "e.nip";
            case "position" -> "pos.title";
            case "unit" -> "u.name";
            default -> "e.name";
        } + (filter.ascending() ? " asc" : " desc") + ", e.id";
        TypedQuery<EmployeeRow> q = em.createQuery("select new id.sikerja.domain.organisation.EmployeeRow("
                + "e.id, cast(e.nip as String), e.name, e.status, r.code, pos.title, u.name, u.id, u.path) "
                + fromFiltered(filter) + " order by " + order, EmployeeRow.class);
        bind(q, filter);
        return q.setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    @Override
    public long countEmployees(EmployeeFilter filter) {
        TypedQuery<Long> q = em.createQuery("select count(e) " + fromFiltered(filter), Long.class);
        bind(q, filter);
        return q.getSingleResult();
    }

    private String fromFiltered(EmployeeFilter f) {
        StringBuilder jpql = new StringBuilder("from Employee e left join e.rank r "
                + "left join Placement p on p.employee = e and" + ACTIVE
                + "left join p.position pos left join pos.unit u where e.government.id = :g");
        if (f.text() != null && !f.text().isBlank()) {
            jpql.append(" and (lower(e.name) like :t" + Like.ESCAPE + " or cast(e.nip as String) like :t" + Like.ESCAPE + ")");
        }
        if (f.pathPrefixes() != null) {
            List<String> clauses = new ArrayList<>();
            for (int i = 0; i < f.pathPrefixes().size(); i++) {
                clauses.add("u.path like :p" + i + Like.ESCAPE);
            }
            if (f.extraEmployeeIds() != null && !f.extraEmployeeIds().isEmpty()) {
                clauses.add("e.id in :extra");
            }
            jpql.append(clauses.isEmpty() ? " and 1 = 0" : " and (" + String.join(" or ", clauses) + ")");
        }
        return jpql.toString();
    }

    private void bind(TypedQuery<?> q, EmployeeFilter f) {
        q.setParameter("g", f.governmentId()).setParameter("on", f.on() == null ? LocalDate.now() : f.on());
        if (f.text() != null && !f.text().isBlank()) {
            q.setParameter("t", Like.contains(f.text().strip().toLowerCase()));
        }
        if (f.pathPrefixes() != null) {
            int i = 0;
            for (String prefix : f.pathPrefixes().stream().sorted().collect(Collectors.toList())) {
                q.setParameter("p" + i++, Like.prefix(prefix));
            }
            if (f.extraEmployeeIds() != null && !f.extraEmployeeIds().isEmpty()) {
                q.setParameter("extra", f.extraEmployeeIds());
            }
        }
    }

    @Override
    public List<AppraiserRule> rules(long governmentId) {
        return em.createQuery("select r from AppraiserRule r where r.government.id = :g order by r.ruleCode",
                AppraiserRule.class).setParameter("g", governmentId).getResultList();
    }

    @Override
    public Optional<AppraiserRule> rule(long governmentId, long id) {
        return first(em.createQuery("select r from AppraiserRule r where r.id = :id and r.government.id = :g",
                AppraiserRule.class).setParameter("id", id).setParameter("g", governmentId));
    }

    @Override
    public Optional<AppraiserOverride> activeOverride(long governmentId, long employeeId) {
        return first(em.createQuery("select o from AppraiserOverride o join fetch o.appraiser where "
                + "o.government.id = :g and o.employee.id = :e and o.revokedAt is null", AppraiserOverride.class)
                .setParameter("g", governmentId).setParameter("e", employeeId));
    }

    @Override
    public List<AppraiserOverride> overrides(long governmentId, long employeeId) {
        return em.createQuery("select o from AppraiserOverride o join fetch o.appraiser where "
                + "o.government.id = :g and o.employee.id = :e order by o.createdAt desc", AppraiserOverride.class)
                .setParameter("g", governmentId).setParameter("e", employeeId).getResultList();
    }

    @Override
    public List<AppraiserOverride> overridesByAppraiser(long governmentId, long appraiserId) {
        return em.createQuery("select o from AppraiserOverride o where o.government.id = :g "
                + "and o.appraiser.id = :a and o.revokedAt is null", AppraiserOverride.class)
                .setParameter("g", governmentId).setParameter("a", appraiserId).getResultList();
    }

    @Override
    public List<AppraiserOverride> activeOverrides(long governmentId) {
        return em.createQuery("select o from AppraiserOverride o join fetch o.appraiser where "
                + "o.government.id = :g and o.revokedAt is null", AppraiserOverride.class)
                .setParameter("g", governmentId).getResultList();
    }

    @Override
    public Optional<Rank> rank(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Rank.class, code));
    }

    @Override
    public List<Rank> ranks() {
        return em.createQuery("select r from Rank r order by r.scheme, r.ordinal", Rank.class).getResultList();
    }

    @Override
    public <T> T add(T entity) {
        em.persist(entity);
        return entity;
    }

    @Override
    public void remove(Object entity) {
        em.remove(entity);
    }

    @Override
    public void bumpVersion(Object aggregateRoot) {
        em.lock(aggregateRoot, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void readOnlyFromHere() {
        em.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
        em.unwrap(org.hibernate.Session.class).setDefaultReadOnly(true);
    }

    private static <T> Optional<T> first(TypedQuery<T> query) {
        return query.setMaxResults(1).getResultStream().findFirst();
    }
}
