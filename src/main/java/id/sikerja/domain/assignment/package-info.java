/**
 * Assignments (penugasan) of functional staff and pelaksana, their letters, and the secondment
 * requests (surat permohonan pelibatan) that borrow people across units and departments
 * (the regional regulations). Depends on the organisation and policy packages only.
 */
package id.sikerja.domain.assignment;
