package id.sikerja.domain.policy;

import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.Fixtures;
import id.sikerja.domain.organisation.Government;
import id.sikerja.domain.shared.BaseEntity;
import id.sikerja.infrastructure.seed.SeedParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.reflect.Field;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who accepts an appointment's proposal, per route; and each government's route as its seed file sets it. */
class AppointmentRouteTest {

    private static final AtomicLong IDS = new AtomicLong(5000);
    private final Government g = Fixtures.government("UJI");
    private final Employee kabid = withId(Fixtures.pns(g, "Kepala Bidang"));
    private final Employee kasi = withId(Fixtures.pns(g, "Kepala Seksi"));
    private final Employee kadis = withId(Fixtures.pns(g, "Kepala Dinas"));

    /** PS Lampiran I huruf B angka 2 huruf A: the appraiser or the performance owner appoints directly. */
    @Test
    void directlyNobodyAccepts() {
        assertEquals(Optional.empty(), AppointmentRoute.DIRECT.acceptor(kabid, kasi, kadis));
        assertEquals(Optional.empty(), AppointmentRoute.DIRECT.acceptor(kadis, kasi, kadis));
    }

    /** KU Lampiran I huruf B huruf d, JB Lampiran II huruf B angka 2 huruf d: the unit head proposes to the appraiser. */
    @Test
    void theUnitHeadProposesToTheAppraiserWhoAppointsDirectly() {
        AppointmentRoute r = AppointmentRoute.UNIT_HEAD_PROPOSES_TO_APPRAISER;
        assertEquals(Optional.of(kasi), r.acceptor(kabid, kasi, kadis), "the Kabid above the Kasi proposes");
        assertEquals(Optional.of(kasi), r.acceptor(kadis, kasi, kadis), "so does the Kadis");
        assertEquals(Optional.empty(), r.acceptor(kasi, kasi, kadis), "the appraiser appoints");
        assertEquals(Optional.empty(), r.acceptor(kabid, null, kadis), "a vacant appraiser: nobody to propose to");
    }

    /** KL Lampiran huruf B angka 2 huruf q angka 1): the appraiser proposes, the performance owner appoints. */
    @Test
    void theAppraiserProposesToThePerformanceOwnerWhoAppointsDirectly() {
        AppointmentRoute r = AppointmentRoute.APPRAISER_PROPOSES_TO_OWNER;
        assertEquals(Optional.of(kadis), r.acceptor(kabid, kabid, kadis), "the Kabid as appraiser proposes");
        assertEquals(Optional.of(kadis), r.acceptor(kasi, kabid, kadis), "a Pimpinan Unit Kerja proposes");
        assertEquals(Optional.empty(), r.acceptor(kadis, kabid, kadis), "the owner appoints");
        assertEquals(Optional.empty(), r.acceptor(kabid, kabid, null), "a vacant owner: nobody to propose to");
    }

    /** Only KU Pasal 11 ayat (3) lets the Kepala Daerah appoint directly. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"kayong-utara, UNIT_HEAD_PROPOSES_TO_APPRAISER, true, false",
            "jombang, UNIT_HEAD_PROPOSES_TO_APPRAISER, false, true",
            "klaten, APPRAISER_PROPOSES_TO_OWNER, false, true",
            "pasuruan, DIRECT, false, false"})
    void eachGovernmentsSeedSetsItsRoute(String seed, AppointmentRoute route, boolean regionalHead, boolean prefer) {
        var p = SeedParser.bundled(seed).policy();
        assertEquals(route, AppointmentRoute.valueOf(p.appointmentRoute()));
        assertEquals(regionalHead, p.regionalHeadAppoints());
        assertEquals(prefer, p.preferEqualisedFunctional());
        assertEquals(true, p.citations().containsKey("appointmentRoute"), "the route carries its article");
    }

    private static <T> T withId(T entity) {
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
