package id.sikerja.domain.workflow;

import org.junit.jupiter.api.Test;

import static id.sikerja.domain.organisation.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

class LetterSequenceTest {

    @Test
    void numbersStartAtOneAndNeverRepeat() {
        LetterSequence sequence = new LetterSequence(1, 2L, "ST", 2026);
        assertEquals(1, sequence.next());
        assertEquals(2, sequence.next());
        assertEquals(2, sequence.getLastValue());
    }

    @Test
    void numberingContinuesAfterNumbersUsedOnPaperButNeverGoesDown() {
        LetterSequence sequence = new LetterSequence(1, null, "SK", 2026);
        sequence.continueAfter(137);
        assertEquals(138, sequence.next());

        assertRefused("letter.counterLower", () -> sequence.continueAfter(100));
        assertRefused("letter.counterTooHigh", () -> sequence.continueAfter(100_000));
        assertEquals(138, sequence.getLastValue());
        sequence.continueAfter(138); // the same number is allowed: nothing changes
        assertEquals(139, sequence.next());
    }
}
