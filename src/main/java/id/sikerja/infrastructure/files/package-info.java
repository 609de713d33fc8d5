/** File handling that needs a library: the content type detector (Apache Tika core). */
package id.sikerja.infrastructure.files;
