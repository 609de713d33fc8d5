package id.sikerja.domain.organisation;

/** One line of an employee list: the person and, if placed, their position and unit. */
public record EmployeeRow(long id, String nip, String name, EmploymentStatus status, String rankCode,
                          String positionTitle, String unitName, Long unitId, String unitPath) {
}
