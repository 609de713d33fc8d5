/** Transactional implementations of the application services. */
package id.sikerja.application.internal;
