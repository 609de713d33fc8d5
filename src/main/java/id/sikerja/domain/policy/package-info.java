/**
 * The per-government policy profile: every regional variant of RULES.md section 6 is a setting
 * here, so no code ever branches on which government it is serving.
 */
package id.sikerja.domain.policy;
