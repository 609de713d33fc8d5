/**
 * Work teams (tim kerja, kelompok kerja, tim ad hoc), their members and roles, the rules for choosing
 * their ketua (KU Pasal 10(3), JB Pasal 21c, KL Pasal 14 and 27) and the data of their decree
 * (PS Lampiran III). Depends on no other layer.
 */
package id.sikerja.domain.team;
