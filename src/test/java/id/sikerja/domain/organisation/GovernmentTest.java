package id.sikerja.domain.organisation;

import id.sikerja.domain.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GovernmentTest {

    private static Government government(String shortName) {
        return new Government("X", "Pemerintah " + shortName, shortName, GovernmentKind.KABUPATEN, "Bupati", null);
    }

    @Test
    void lettersAreSignedAtTheSeatOfGovernment() {
        Government kayong = government("Kab. Kayong Utara");
        kayong.recordSeat(" Sukadana ");
        assertEquals("Sukadana", kayong.letterPlace());
    }

    @Test
    void withoutASeatTheRegionNameStandsWithoutItsPrefix() {
        assertEquals("Kayong Utara", government("Kab. Kayong Utara").letterPlace());
        assertEquals("Pasuruan", government("Kota Pasuruan").letterPlace());
        Government cleared = government("Kabupaten Klaten");
        cleared.recordSeat("   ");
        assertNull(cleared.getSeat());
        assertEquals("Klaten", cleared.letterPlace());
    }

    @Test
    void anOverlongSeatIsRefused() {
        BusinessRuleException e = assertThrows(BusinessRuleException.class,
                () -> government("Kab. Jombang").recordSeat("x".repeat(101)));
        assertEquals("government.seatTooLong", e.getMessageKey());
    }
}
