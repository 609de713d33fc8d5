/**
 * Government seed files (src/main/resources/seed/governments/*.json: structure, appraiser tables,
 * policy, demo logins and the expected appraisers that tests check), their parser, the builder that
 * turns a seed into entities with deterministic synthetic people, and the demo-data loader.
 */
package id.sikerja.infrastructure.seed;
