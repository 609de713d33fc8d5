package id.sikerja.domain.execution;

import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.access.Role;
import id.sikerja.domain.organisation.Department;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.Fixtures;
import id.sikerja.domain.organisation.Government;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.organisation.Position;
import id.sikerja.domain.organisation.PositionClass;
import id.sikerja.domain.organisation.UnitKind;
import id.sikerja.domain.organisation.UnitType;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BaseEntity;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static id.sikerja.domain.organisation.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkLogTest {

    private static final AtomicLong IDS = new AtomicLong(500);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private final Government government = withId(Fixtures.government("JOMBANG"));
    private final Department health = new Department(government, "DINKES", "Dinas Kesehatan", UnitType.DINAS);
    private final OrgUnit root = OrgUnit.rootOf(health, "DINKES", "Dinas Kesehatan");
    private final OrgUnit field = root.addChild("DINKES-P2P", "Bidang P2P", UnitKind.ORGANISATION_UNIT, null, 2);
    private final Employee author = withId(Fixtures.placed("Penulis", new Position(field, "Epidemiolog",
            PositionClass.PELAKSANA, null, false, 1), TODAY.minusYears(1)));
    private final Employee colleague = withId(Fixtures.placed("Rekan", new Position(root, "Pranata Komputer",
            PositionClass.PELAKSANA, null, false, 1), TODAY.minusYears(1)));
    private final Employee stranger = withId(Fixtures.placed("Orang lain", new Position(root, "Analis",
            PositionClass.PELAKSANA, null, false, 1), TODAY.minusYears(1)));

    static <T extends BaseEntity> T withId(T entity) {
        try {
            Field id = BaseEntity.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(entity, IDS.incrementAndGet());
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private WorkLog.Entry entry(LocalDate date, String text) {
        return new WorkLog.Entry(date, text, null, null, null, null, List.of());
    }

    private AccessScope scopeOf(Employee e, Set<String> headed, Set<Long> appraisees, Set<Role> roles) {
        return new AccessScope(government.getId(), e.getId(), "x", headed, appraisees, roles);
    }

    @Test
    void anEntryIsDatedNotInTheFutureAndNotMoreThanAYearBack() {
        assertRefused("worklog.dateRequired", () -> new WorkLog(author, entry(null, "Rapat"), TODAY));
        assertRefused("worklog.dateInFuture", () -> new WorkLog(author, entry(TODAY.plusDays(1), "Rapat"), TODAY));
        assertRefused("worklog.dateTooOld", () -> new WorkLog(author, entry(TODAY.minusDays(367), "Rapat"), TODAY));
        assertEquals(TODAY.minusDays(366), new WorkLog(author, entry(TODAY.minusDays(366), "Rapat"), TODAY).getWorkDate());
    }

    @Test
    void anEntrySaysWhatWasDoneInAtMost2000Characters() {
        assertRefused("worklog.descriptionRequired", () -> new WorkLog(author, entry(TODAY, "  "), TODAY));
        assertRefused("worklog.descriptionTooLong", () -> new WorkLog(author, entry(TODAY, "x".repeat(2001)), TODAY));
        assertEquals("Verifikasi berkas", new WorkLog(author, entry(TODAY, "  Verifikasi berkas "), TODAY).getDescription());
    }

    @Test
    void aQuantityIsNotNegativeAndHasItsUnit() {
        assertRefused("worklog.quantityNegative", () -> new WorkLog(author, new WorkLog.Entry(TODAY, "Verifikasi", null,
                null, new BigDecimal("-1"), "berkas", List.of()), TODAY));
        assertRefused("worklog.unitRequired", () -> new WorkLog(author, new WorkLog.Entry(TODAY, "Verifikasi", null,
                null, BigDecimal.TEN, " ", List.of()), TODAY));
        WorkLog log = new WorkLog(author, new WorkLog.Entry(TODAY, "Verifikasi", null, null, new BigDecimal("25.00"),
                "berkas", List.of()), TODAY);
        assertEquals(new BigDecimal("25"), log.getQuantity());
        assertEquals("berkas", log.getQuantityUnit());
        assertNull(new WorkLog(author, new WorkLog.Entry(TODAY, "Rapat", null, null, null, "berkas", List.of()), TODAY)
                .getQuantityUnit(), "no unit without a quantity");
    }

    @Test
    void collaboratorsAreOthersOfTheSameGovernment() {
        assertRefused("worklog.selfCollaborator", () -> new WorkLog(author, new WorkLog.Entry(TODAY, "Rapat", null, null,
                null, null, List.of(author)), TODAY));
        Government other = withId(Fixtures.government("KLATEN"));
        Employee outsider = withId(Fixtures.pns(other, "Pegawai Klaten"));
        assertRefused("worklog.collaboratorOutsideGovernment", () -> new WorkLog(author, new WorkLog.Entry(TODAY, "Rapat",
                null, null, null, null, List.of(outsider)), TODAY));
        assertEquals(Set.of(colleague), new WorkLog(author, new WorkLog.Entry(TODAY, "Rapat", null, null, null, null,
                List.of(colleague, colleague)), TODAY).getCollaborators());
    }

    @Test
    void anEntryServesOnlyTheAuthorsOwnResultsAndTeams() {
        assertRefused("worklog.resultNotOwn", () -> WorkLog.checkServes(false, true, false, false));
        assertRefused("worklog.teamNotOwn", () -> WorkLog.checkServes(true, true, false, true));
        WorkLog.checkServes(false, false, false, false);
        WorkLog.checkServes(true, true, true, true);
    }

    @Test
    void onlyTheAuthorRevisesIt() {
        WorkLog log = new WorkLog(author, entry(TODAY, "Rapat"), TODAY);
        assertThrows(AccessDeniedException.class, () -> log.revise(colleague.getId(), entry(TODAY, "Ubah"), TODAY));
        log.revise(author.getId(), entry(TODAY.minusDays(1), "Rapat koordinasi"), TODAY);
        assertEquals("Rapat koordinasi", log.getDescription());
    }

    /** The author, colleagues named, the ketua of the team, the appraiser and heads above; nobody else. */
    @Test
    void whoReadsAnEntry() {
        WorkLog log = new WorkLog(author, new WorkLog.Entry(TODAY, "Rapat", null, null, null, null, List.of(colleague)),
                TODAY);
        String path = field.getPath();
        assertTrue(log.visibleTo(scopeOf(author, Set.of(), Set.of(), Set.of(Role.EMPLOYEE)), path, null));
        assertTrue(log.visibleTo(scopeOf(colleague, Set.of(), Set.of(), Set.of(Role.EMPLOYEE)), path, null));
        assertFalse(log.visibleTo(scopeOf(stranger, Set.of(), Set.of(), Set.of(Role.EMPLOYEE)), path, null));
        assertTrue(log.visibleTo(scopeOf(stranger, Set.of(), Set.of(), Set.of(Role.EMPLOYEE)), path, stranger.getId()),
                "the ketua of the team it serves");
        assertTrue(log.visibleTo(scopeOf(stranger, Set.of(), Set.of(author.getId()), Set.of(Role.EMPLOYEE)), path, null),
                "the appraiser");
        assertTrue(log.visibleTo(scopeOf(stranger, Set.of(root.getPath()), Set.of(), Set.of(Role.UNIT_HEAD)), path, null),
                "a head above");
        assertTrue(log.visibleTo(scopeOf(stranger, Set.of(), Set.of(), Set.of(Role.OVERSIGHT)), path, null));
        AccessScope otherGovernment = new AccessScope(government.getId() + 1000, stranger.getId(), "x", Set.of(),
                Set.of(), Set.of(Role.OVERSIGHT));
        assertFalse(log.visibleTo(otherGovernment, path, null));
    }
}
