/**
 * Official documents as issued: once a letter or decree has its number and date, the PDF given to people is kept
 * as it was and never changes; a later change makes a new document with a new number. No rendering here.
 */
package id.sikerja.domain.document;
