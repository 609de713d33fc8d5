package id.sikerja.domain.team;

/** KL Pasal 14(1)(b): candidates are proposed at the end of each year or when the ketua post is vacant. */
public enum NominationOccasion {
    YEAR_END,
    VACANCY
}
