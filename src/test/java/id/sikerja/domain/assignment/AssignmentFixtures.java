package id.sikerja.domain.assignment;

import id.sikerja.domain.organisation.Department;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.Fixtures;
import id.sikerja.domain.organisation.Government;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.organisation.Position;
import id.sikerja.domain.organisation.PositionClass;
import id.sikerja.domain.organisation.UnitKind;
import id.sikerja.domain.organisation.UnitType;
import id.sikerja.domain.shared.BaseEntity;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/** A small government with two departments, each with a root and a child unit, and people with ids. */
final class AssignmentFixtures {

    private static final AtomicLong IDS = new AtomicLong(1000);

    final Government government = Fixtures.government("UJI");
    final Department health = new Department(government, "DINKES", "Dinas Kesehatan", UnitType.DINAS);
    final Department library = new Department(government, "DISPUSIP", "Dinas Perpustakaan", UnitType.DINAS);
    final OrgUnit healthRoot = OrgUnit.rootOf(health, "DINKES", "Dinas Kesehatan");
    final OrgUnit healthField = healthRoot.addChild("DINKES-YANKES", "Bidang Pelayanan", UnitKind.ORGANISATION_UNIT, null, 2);
    final OrgUnit healthOther = healthRoot.addChild("DINKES-P2P", "Bidang P2P", UnitKind.ORGANISATION_UNIT, null, 2);
    final OrgUnit libraryRoot = OrgUnit.rootOf(library, "DISPUSIP", "Dinas Perpustakaan");
    final LocalDate start = LocalDate.of(2024, 1, 2);

    final Employee head = withId(Fixtures.placed("Kepala Bidang", new Position(healthField, "Kepala Bidang",
            PositionClass.ADMINISTRATOR, null, true, 1), start));
    final Employee staff = withId(Fixtures.placed("Pelaksana", new Position(healthField, "Pengolah Data",
            PositionClass.PELAKSANA, null, false, 1), start));
    final Employee librarian = withId(Fixtures.placed("Pustakawan", new Position(libraryRoot, "Pustakawan",
            PositionClass.PELAKSANA, null, false, 1), start));

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
}
