package id.sikerja.domain.organisation;

import id.sikerja.domain.shared.BusinessRuleException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Nomor Induk Pegawai: 18 digits = birth date (yyyyMMdd) + appointment month (yyyyMM) + sex digit
 * (1 male, 2 female) + sequence number (001–999). PNS and PPPK numbers share the layout.
 * Immutable and valid by construction.
 */
public final class Nip {

    /** The youngest age at which someone can be appointed ASN (UU 20/2023 tentang ASN; PP 11/2017 Pasal 23). */
    public static final int MINIMUM_APPOINTMENT_AGE = 18;

    private final String value;
    private final LocalDate birthDate;
    private final YearMonth appointment;
    private final Sex sex;
    private final int sequence;

    private Nip(String value, LocalDate birthDate, YearMonth appointment, Sex sex, int sequence) {
        this.value = value;
        this.birthDate = birthDate;
        this.appointment = appointment;
        this.sex = sex;
        this.sequence = sequence;
    }

    /**
     * Parses and validates a NIP. Spaces (as printed on letters: "19800101 200501 1 001") are ignored.
     *
     * @throws BusinessRuleException with key {@code nip.invalid.*} naming what is wrong
     */
    public static Nip of(String raw) {
        if (raw == null) {
            throw new BusinessRuleException("nip.invalid.length", "");
        }
        String digits = raw.replace(" ", "");
        if (digits.length() != 18) {
            throw new BusinessRuleException("nip.invalid.length", raw);
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new BusinessRuleException("nip.invalid.digits", raw);
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(digits.substring(0, 4)),
                    Integer.parseInt(digits.substring(4, 6)), Integer.parseInt(digits.substring(6, 8)));
        } catch (DateTimeException e) {
            throw new BusinessRuleException("nip.invalid.birthDate", raw);
        }
        int appointmentMonth = Integer.parseInt(digits.substring(12, 14));
        if (appointmentMonth < 1 || appointmentMonth > 12) {
            throw new BusinessRuleException("nip.invalid.appointment", raw);
        }
        YearMonth appointment = YearMonth.of(Integer.parseInt(digits.substring(8, 12)), appointmentMonth);
        if (appointment.isBefore(YearMonth.from(birth.plusYears(MINIMUM_APPOINTMENT_AGE)))) {
            throw new BusinessRuleException("nip.invalid.appointmentAge", raw, MINIMUM_APPOINTMENT_AGE);
        }
        if (appointment.isAfter(YearMonth.now().plusYears(1))) {
            throw new BusinessRuleException("nip.invalid.appointment", raw);
        }
        Sex sex = switch (digits.charAt(14)) {
            case '1' -> Sex.MALE;
            case '2' -> Sex.FEMALE;
            default -> throw new BusinessRuleException("nip.invalid.sex", raw);
        };
        int sequence = Integer.parseInt(digits.substring(15));
        if (sequence == 0) {
            throw new BusinessRuleException("nip.invalid.sequence", raw);
        }
        return new Nip(digits, birth, appointment, sex, sequence);
    }

    /** Builds a NIP from its parts (used by the demo generator). */
    public static Nip compose(LocalDate birthDate, YearMonth appointment, Sex sex, int sequence) {
        return of(String.format("%04d%02d%02d%04d%02d%d%03d", birthDate.getYear(), birthDate.getMonthValue(),
                birthDate.getDayOfMonth(), appointment.getYear(), appointment.getMonthValue(),
                sex == Sex.MALE ? 1 : 2, sequence));
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public YearMonth appointment() {
        return appointment;
    }

    public Sex sex() {
        return sex;
    }

    public int sequence() {
        return sequence;
    }

    /** The printed form used on letters: "19800101 200501 1 001". */
    public String formatted() {
        return value.substring(0, 8) + " " + value.substring(8, 14) + " " + value.charAt(14) + " " + value.substring(15);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nip other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
