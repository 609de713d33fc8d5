package id.sikerja.domain.team;

import id.sikerja.domain.organisation.Government;
import id.sikerja.domain.shared.BaseEntity;
import id.sikerja.domain.shared.BusinessRuleException;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * One decree issued for a team, as signed: the one that established it, then each amending decree (a member change
 * after the decree, e.g. a vacant ketua seat filled, KL Pasal 14 ayat (1) huruf b). An issued decree never changes:
 * its document is kept as signed, and an amendment is a new numbered decree that names the one it amends.
 */
@Entity
@Table(name = "work_team_decree")
public class TeamDecree extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "government_id")
    private Government government;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    private WorkTeam team;

    @Column(nullable = false, length = 120, updatable = false)
    private String number;

    @Column(name = "decree_date", nullable = false, updatable = false)
    private LocalDate decreeDate;

    /** The number of the decree this one amends, or null for the decree that established the team. */
    @Column(name = "amends_number", length = 120, updatable = false)
    private String amendsNumber;

    @Column(name = "signer_name", length = 200, updatable = false)
    private String signerName;

    /** The document as signed. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "document", nullable = false, updatable = false)
    private byte[] document;

    protected TeamDecree() {
    }

    /** Keeps a signed decree with its document; {@code amendsNumber} is null for the establishing decree. */
    public TeamDecree(WorkTeam team, String number, LocalDate date, String amendsNumber, String signerName,
                      byte[] document) {
        if (number == null || number.isBlank() || date == null || document == null || document.length == 0) {
            throw new BusinessRuleException("team.decreeIncomplete");
        }
        this.government = team.getGovernment();
        this.team = team;
        this.number = number;
        this.decreeDate = date;
        this.amendsNumber = amendsNumber;
        this.signerName = signerName;
        this.document = document.clone();
    }

    public boolean isAmendment() {
        return amendsNumber != null;
    }

    public WorkTeam getTeam() {
        return team;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getDecreeDate() {
        return decreeDate;
    }

    public String getAmendsNumber() {
        return amendsNumber;
    }

    public String getSignerName() {
        return signerName;
    }

    public byte[] getDocument() {
        return document.clone();
    }
}
