/**
 * Technical implementations: JPA repositories, Flyway migration at start, demo data, security
 * (identity store, current user), configuration. Application and domain code depend on interfaces
 * defined there, never on this package.
 */
package id.sikerja.infrastructure;
