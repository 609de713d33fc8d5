package id.sikerja.domain.organisation;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EmployeeRevisionTest {

    private static EmployeeRevision version(String name, String nip, String rank, String phone) {
        return new EmployeeRevision(Instant.now(), "klaten.admin", EmployeeRevision.Kind.CHANGED, name, nip, rank,
                EmploymentStatus.PNS, "a@klaten.go.id", phone);
    }

    @Test
    void theFirstVersionChangedNothing() {
        assertEquals(List.of(), version("Siti", null, "III/a", null).changedSince(null));
    }

    @Test
    void onlyTheFieldsThatDifferAreNamed() {
        EmployeeRevision before = version("Siti", "198501012010012001", "III/a", null);
        EmployeeRevision after = version("Siti Rahma", "198501012010012001", "III/b", "0812");

        assertEquals(List.of("name", "rank", "phone"), after.changedSince(before));
        assertEquals(List.of(), after.changedSince(after));
    }
}
