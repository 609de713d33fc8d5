package id.sikerja.domain.policy;

/** Kinds of work teams a government uses (the regional regulations). */
public enum WorkTeamKind {
    /** Tim kerja — KU, JB, PS. */
    TIM_KERJA,
    /** Kelompok kerja: standing, at most one budget year, decree of the department head — KL. */
    KELOMPOK_KERJA,
    /** Tim ad hoc: more than one month, less than one year, decree of the owner unit's head — KL. */
    TIM_AD_HOC
}
