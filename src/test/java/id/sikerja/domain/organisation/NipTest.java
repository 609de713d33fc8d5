package id.sikerja.domain.organisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;

import java.time.LocalDate;
import java.time.YearMonth;

import static id.sikerja.domain.organisation.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class NipTest {

    @Test
    void validNipIsParsedIntoItsParts() {
        Nip nip = Nip.of("198001012005011001");

        assertAll(
                () -> assertEquals("198001012005011001", nip.value()),
                () -> assertEquals(LocalDate.of(1980, 1, 1), nip.birthDate()),
                () -> assertEquals(YearMonth.of(2005, 1), nip.appointment()),
                () -> assertEquals(Sex.MALE, nip.sex()),
                () -> assertEquals(1, nip.sequence()));
    }

    @Test
    void femaleDigitAndHighSequenceAreRead() {
        Nip nip = Nip.of("199212312019032999");

        assertAll(
                () -> assertEquals(LocalDate.of(1992, 12, 31), nip.birthDate()),
                () -> assertEquals(YearMonth.of(2019, 3), nip.appointment()),
                () -> assertEquals(Sex.FEMALE, nip.sex()),
                () -> assertEquals(999, nip.sequence()));
    }

    @Test
    void formattedIsThePrintedFormOnLetters() {
        assertEquals("19800101 200501 1 001", Nip.of("198001012005011001").formatted());
    }

    @Test
    void printedFormWithSpacesIsAccepted() {
        Nip nip = Nip.of("19800101 200501 1 001");

        assertEquals("198001012005011001", nip.value());
        assertEquals(Nip.of("198001012005011001"), nip);
    }

    @Test
    void nipsWithTheSameDigitsAreEqual() {
        assertEquals(Nip.of("198001012005011001"), Nip.of("198001012005011001"));
        assertEquals(Nip.of("198001012005011001").hashCode(), Nip.of("198001012005011001").hashCode());
        assertNotEquals(Nip.of("198001012005011001"), Nip.of("198001012005011002"));
    }

    @ParameterizedTest
    @NullSource
    @CsvSource({"''", "19800101200501100", "1980010120050110011", "19800101 200501 1 0"})
    void wrongLengthIsRefused(String raw) {
        assertRefused("nip.invalid.length", () -> Nip.of(raw));
    }

    @ParameterizedTest
    @CsvSource({"19800101200501100A", "1980-101200501-001", "198001012005011O01"})
    void nonDigitsAreRefused(String raw) {
        assertRefused("nip.invalid.digits", () -> Nip.of(raw));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
            "198002302005011001, 30 February",
            "198013012005011001, month 13",
            "198001002005011001, day 0",
            "198102292005011001, 29 February in a non-leap year"})
    void impossibleBirthDateIsRefused(String raw, String why) {
        assertRefused("nip.invalid.birthDate", () -> Nip.of(raw));
    }

    @Test
    void leapDayBirthIsAccepted() {
        assertEquals(LocalDate.of(1980, 2, 29), Nip.of("198002292005011001").birthDate());
    }

    @ParameterizedTest(name = "appointment month {1}")
    @CsvSource({"198001012005131001, 13", "198001012005001001, 00"})
    void impossibleAppointmentMonthIsRefused(String raw, String month) {
        assertRefused("nip.invalid.appointment", () -> Nip.of(raw));
    }

    @Test
    void appointmentFarInTheFutureIsRefused() {
        assertRefused("nip.invalid.appointment", () -> Nip.of("198001012099011001"));
    }

    @Test
    void appointmentBeforeEighteenIsRefused() {
        // born June 1980: eighteen in June 1998, so May 1998 is too early
        assertRefused("nip.invalid.appointmentAge", () -> Nip.of("198006151998051001"));
    }

    @Test
    void appointmentBeforeBirthIsRefused() {
        assertRefused("nip.invalid.appointmentAge", () -> Nip.of("198001011979011001"));
    }

    @Test
    void appointmentInTheMonthOfTheEighteenthBirthdayIsAccepted() {
        assertEquals(YearMonth.of(1998, 6), Nip.of("198006151998061001").appointment());
    }

    @ParameterizedTest(name = "sex digit {1}")
    @CsvSource({"198001012005013001, 3", "198001012005010001, 0", "198001012005019001, 9"})
    void sexDigitOtherThanOneOrTwoIsRefused(String raw, String digit) {
        assertRefused("nip.invalid.sex", () -> Nip.of(raw));
    }

    @Test
    void sequenceZeroIsRefused() {
        assertRefused("nip.invalid.sequence", () -> Nip.of("198001012005011000"));
    }

    @Test
    void composeRoundTripsThroughParsing() {
        Nip composed = Nip.compose(LocalDate.of(1985, 7, 9), YearMonth.of(2010, 3), Sex.FEMALE, 42);

        assertEquals("198507092010032042", composed.value());
        assertEquals(composed, Nip.of(composed.formatted()));
        assertAll(
                () -> assertEquals(LocalDate.of(1985, 7, 9), composed.birthDate()),
                () -> assertEquals(YearMonth.of(2010, 3), composed.appointment()),
                () -> assertEquals(Sex.FEMALE, composed.sex()),
                () -> assertEquals(42, composed.sequence()));
    }

    @Test
    void composeValidatesLikeParsing() {
        assertRefused("nip.invalid.appointmentAge",
                () -> Nip.compose(LocalDate.of(2000, 1, 1), YearMonth.of(2010, 1), Sex.MALE, 1));
        assertRefused("nip.invalid.sequence",
                () -> Nip.compose(LocalDate.of(1980, 1, 1), YearMonth.of(2005, 1), Sex.MALE, 0));
    }
}
