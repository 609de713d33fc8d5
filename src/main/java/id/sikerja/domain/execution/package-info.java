/**
 * The execute stage (PermenPANRB 6/2022 Pasal 12-13, pelaksanaan kinerja, and the regional work systems' monitoring
 * of team work): what employees record of their daily work (catatan kerja) and the evidence (bukti dukung) that
 * goes with it. Rules live on the aggregates; no container and no file handling here.
 */
package id.sikerja.domain.execution;
