/**
 * The per-government policy profile: every regional variant of the regional regulations is a setting
 * here, so no code ever branches on which government it is serving.
 */
package id.sikerja.domain.policy;
