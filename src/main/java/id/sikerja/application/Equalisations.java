package id.sikerja.application;

/**
 * Who is a Pejabat Fungsional hasil penyetaraan jabatan: recorded by the admin of the employee's government
 * (also read by the employee import). Jombang and Klaten prefer them as leads (JB Pasal 22 ayat (3), KL Pasal 24
 * ayat (1)); Klaten's additional income for leads is for the others (KL Pasal 25, {@link LeadAllowances}).
 */
public interface Equalisations {

    /** Records whether the employee came into their functional position through penyetaraan jabatan. */
    void record(long employeeId, int version, boolean equalised);
}
