/** MicroProfile Health checks: readiness (database reachable and migrated) and liveness. */
package id.sikerja.interfaces.health;
