/**
 * Reading uploaded tables for imports: CSV with Apache Commons CSV and Excel .xlsx with Apache POI's
 * streaming (SAX) reader, behind {@link id.sikerja.application.TabularRows}. Only here do POI and
 * Commons CSV appear; what the columns mean and every rule about them belong to the application
 * service ({@code ImportServiceBean} with {@code UnitImport} and {@code EmployeeImport}) and the domain.
 */
package id.sikerja.infrastructure.importing;
