/**
 * Ways in: Faces backing beans per use case ({@code web}) and health checks ({@code health}).
 * Beans call application services with ids and values and show views; no rule lives here.
 */
package id.sikerja.interfaces;
