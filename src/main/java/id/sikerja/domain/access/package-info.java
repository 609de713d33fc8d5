/**
 * Who may do what: accounts, roles (granted and derived from placement), login throttling and
 * the access scope (own record, own subtree, own department, own government).
 */
package id.sikerja.domain.access;
