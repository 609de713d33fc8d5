/**
 * Use cases: service interfaces with the views they return. Implementations ({@code internal})
 * are transactional EJBs that take ids and values, check the caller's scope, and return views —
 * never entities. No Faces, PrimeFaces or EntityManager here.
 */
package id.sikerja.application;
