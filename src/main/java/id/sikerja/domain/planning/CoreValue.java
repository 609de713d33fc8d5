package id.sikerja.domain.planning;

/**
 * The seven BerAKHLAK core values (SE MenPANRB 20/2021), in their official order. Their names and
 * guidance sentences are reference data in table behaviour_value (db/V4__planning.sql).
 */
public enum CoreValue {
    BERORIENTASI_PELAYANAN, AKUNTABEL, KOMPETEN, HARMONIS, LOYAL, ADAPTIF, KOLABORATIF
}
