package id.sikerja.domain.organisation;

import id.sikerja.domain.shared.BusinessRuleException;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Small builders shared by the organisation tests. Entities are in memory: ids are null. */
public final class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Fixtures() {
    }

    public static Government government(String code) {
        return new Government(code, "Pemerintah Kabupaten " + code, "Kab. " + code, GovernmentKind.KABUPATEN,
                "Bupati", "Peraturan Bupati " + code + " Nomor 1 Tahun 2024");
    }

    /** A PNS with a fresh, valid NIP (male, born 1 January 1985, appointed March 2010). */
    public static Employee pns(Government government, String name) {
        int sequence = SEQUENCE.incrementAndGet() % 999 + 1;
        Nip nip = Nip.compose(LocalDate.of(1985, 1, 1), YearMonth.of(2010, 3), Sex.MALE, sequence);
        return new Employee(government, name, EmploymentStatus.PNS, nip, null, null, null);
    }

    /** A PNS placed in {@code position} from {@code start}. */
    public static Employee placed(String name, Position position, LocalDate start) {
        Employee employee = pns(position.getGovernment(), name);
        employee.placeIn(position, start, "SK penempatan");
        return employee;
    }

    /** Asserts that {@code action} is refused by a domain rule with {@code key}. */
    public static BusinessRuleException assertRefused(String key, Executable action) {
        BusinessRuleException e = assertThrows(BusinessRuleException.class, action);
        assertEquals(key, e.getMessageKey(), () -> "message key of: " + e.getMessage());
        return e;
    }
}
