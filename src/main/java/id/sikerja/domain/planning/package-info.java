/**
 * The plan stage: performance agreements (Perjanjian Kinerja), SKP with their work results,
 * indicator manual, BerAKHLAK expectations and annex, and performance dialogues. The state
 * machines and the regulation rules of planning live here; no persistence code, no Faces.
 */
package id.sikerja.domain.planning;
