package id.sikerja.domain.access;

import java.util.EnumSet;
import java.util.Set;

/** The roles a user holds: granted ones plus those that follow from placement. */
public final class RoleDerivation {

    private RoleDerivation() {
    }

    /**
     * Heading a unit makes you its Pimpinan Unit Organisasi, and being someone's Pejabat Penilai
     * Kinerja makes you an appraiser (KU Pasal 1.16, 1.17) — both are UNIT_HEAD. Heading a
     * department's level-1 unit makes you Kepala Perangkat Daerah. The Sekda and the Kepala Daerah
     * are the Pejabat yang Berwenang for cross-department requests (KU Lampiran B.a.3).
     * Grants add TEAM_LEAD, AUTHORITY, ADMIN or OVERSIGHT; a non-grantable role in the grants is ignored.
     */
    public static Set<Role> rolesOf(Set<Role> grants, PlacementFacts facts) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        grants.stream().filter(Role::isGrantable).forEach(roles::add);
        if (facts.employee()) {
            roles.add(Role.EMPLOYEE);
        }
        if (facts.headsUnit() || facts.appraises()) {
            roles.add(Role.UNIT_HEAD);
        }
        if (facts.headsDepartment()) {
            roles.add(Role.DEPARTMENT_HEAD);
        }
        if (facts.regionalOfficial()) {
            roles.add(Role.AUTHORITY);
        }
        return roles;
    }
}
