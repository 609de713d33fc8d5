package id.sikerja.it;

import id.sikerja.application.OrganisationAdministration;
import id.sikerja.application.OrganisationQueries;
import id.sikerja.domain.organisation.PositionClass;
import id.sikerja.domain.organisation.UnitKind;
import id.sikerja.infrastructure.security.CurrentUserBean;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;

/**
 * A fresh section of Kayong Utara's Bidang Pelayanan for one test: its head, the future ketua, a member and a
 * member who will have no SKP, each but the last with a login, so nothing depends on other tests' data.
 */
record KuSection(long unit, long head, String headLogin, long lead, String leadLogin, long member,
                 String memberLogin, long noSkp) {

    static final String KU = "KAYONG_UTARA";
    static final String ADMIN = "kayong.admin";
    static final String PASSWORD = "rahasia-tim-uji";

    static KuSection create(CurrentUserBean currentUser, OrganisationAdministration administration,
                            OrganisationQueries queries, EntityManager em) {
        currentUser.runAs(ADMIN);
        // below the Seksi Rujukan, not directly below the Kabid: PlanningIT cascades the Kabid's matrix to the
        // people directly below and expects none of them to have an SKP yet
        long parent = ItSupport.unitId(em, KU, "DINKES-YANKES-RUJ");
        String code = ItSupport.uniqueCode("IT-TIM-");
        long unit = administration.createUnit(parent, code, "Subseksi Uji " + code, UnitKind.ORGANISATION_UNIT, null, 4);
        long headPosition = administration.createPosition(unit, "Kepala Seksi Uji " + code, PositionClass.PENGAWAS,
                null, true, 1);
        long staffPosition = administration.createPosition(unit, "Pengadministrasi Uji " + code,
                PositionClass.PELAKSANA, null, false, 3);
        Placer placer = new Placer(administration, queries, em);
        long head = placer.placed("Kepala Uji " + code, "III/d", headPosition);
        long lead = placer.placed("Ketua Uji " + code, "III/c", staffPosition);
        long member = placer.placed("Anggota Uji " + code, "III/a", staffPosition);
        long noSkp = placer.placed("Anggota Baru " + code, "II/c", staffPosition);
        return new KuSection(unit, head, placer.login(head, "it.kasi."), lead, placer.login(lead, "it.ketua."), member,
                placer.login(member, "it.anggota."), noSkp);
    }

    private record Placer(OrganisationAdministration administration, OrganisationQueries queries, EntityManager em) {

        long placed(String name, String rank, long position) {
            long e = administration.createEmployee(ItSupport.pns(em, name, rank));
            administration.placeEmployee(e, queries.employee(e).version(), position, LocalDate.now().minusMonths(2),
                    "SK uji");
            return e;
        }

        String login(long employee, String prefix) {
            String username = ItSupport.uniqueUsername(prefix);
            administration.createAccount(employee, username, PASSWORD);
            return username;
        }
    }
}
