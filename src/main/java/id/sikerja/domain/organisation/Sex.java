package id.sikerja.domain.organisation;

/** Sex as recorded in the NIP's 15th digit (1 = male, 2 = female). */
public enum Sex {
    MALE, FEMALE
}
