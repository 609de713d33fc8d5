/** Building blocks shared by every aggregate: the entity base and the domain exceptions. */
package id.sikerja.domain.shared;
