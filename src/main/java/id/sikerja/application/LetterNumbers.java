package id.sikerja.application;

import java.time.LocalDate;

/** Gives official letters their numbers in the layout of the government's policy profile. */
public interface LetterNumbers {

    /**
     * The next number of a kind of letter of a department (or of the government when
     * {@code departmentId} is null) in the year of {@code date}; never repeats, even under
     * concurrent calls.
     *
     * @param kindCode a short code of the kind of letter, e.g. {@code ST} (Surat Tugas), {@code SK}
     */
    String next(Long departmentId, String kindCode, LocalDate date);

    /** The letter counters of the caller's government in a year (admin and oversight). */
    java.util.List<Counter> counters(int year);

    /**
     * Continues a counter after a number already used outside the application (admin only); numbers
     * never go down.
     */
    void continueAfter(Long departmentId, String kindCode, int year, int lastUsed);

    record Counter(Long departmentId, String departmentName, String kindCode, int year, int lastValue) {
    }
}
