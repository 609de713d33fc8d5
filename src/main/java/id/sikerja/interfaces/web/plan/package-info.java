/** Faces backing beans of the plan stage: agreements, matrix, SKP, dialogues, oversight progress. */
package id.sikerja.interfaces.web.plan;
