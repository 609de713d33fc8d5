package id.sikerja.domain.organisation;

/** Which rank ladder a rank belongs to. */
public enum RankScheme {
    PNS, PPPK
}
