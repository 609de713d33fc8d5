/**
 * The domain model: aggregates, value objects, repository interfaces and the regulation rules.
 * A regulation rule lives in exactly one method here and its Javadoc cites the article
 * (e.g. {@code KL Pasal 27}). Nothing here may import Faces, PrimeFaces or the EntityManager;
 * JPA mapping annotations are allowed.
 */
package id.sikerja.domain;
