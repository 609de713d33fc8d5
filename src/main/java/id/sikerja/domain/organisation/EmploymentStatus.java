package id.sikerja.domain.organisation;

/** PNS and PPPK are ASN with a NIP; non-ASN staff may be assigned where a department has no ASN (KU Pasal 11(6)); a state official (Bupati/Walikota) holds the regional-head position. */
public enum EmploymentStatus {
    PNS, PPPK, NON_ASN, STATE_OFFICIAL
}
