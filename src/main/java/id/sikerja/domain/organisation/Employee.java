package id.sikerja.domain.organisation;

import id.sikerja.domain.shared.BaseEntity;
import id.sikerja.domain.shared.BusinessRuleException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A person working for a government: ASN (PNS/PPPK, with NIP), non-ASN staff, or the regional head. */
@Entity
@Table(name = "employee")
@org.hibernate.envers.Audited
public class Employee extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "government_id")
    @org.hibernate.envers.Audited(targetAuditMode = org.hibernate.envers.RelationTargetAuditMode.NOT_AUDITED)
    private Government government;

    @Column(length = 18)
    private Nip nip;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sex sex;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EmploymentStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rank_code")
    @org.hibernate.envers.Audited(targetAuditMode = org.hibernate.envers.RelationTargetAuditMode.NOT_AUDITED)
    private Rank rank;

    private String email;

    private String phone;

    /**
     * Came into the functional position through penyetaraan jabatan (an administrative position equalised into a
     * functional one). A fact of the person's career, not of a position or a placement: it stays when the
     * person is promoted within the same JF or moved to another unit (each a new placement), and a successor
     * appointed to the same position the ordinary way does not inherit it. Read through
     * {@link #isEqualisedFunctionalOn}.
     */
    @Column(name = "from_equalisation", nullable = false)
    private boolean fromEqualisation;

    @org.hibernate.envers.NotAudited
    @OneToMany(mappedBy = "employee", cascade = CascadeType.PERSIST)
    @OrderBy("startDate")
    private List<Placement> placements = new ArrayList<>();

    protected Employee() {
    }

    public Employee(Government government, String name, EmploymentStatus status, Nip nip, Sex sex, LocalDate birthDate,
                    Rank rank) {
        this.government = government;
        updatePersonalData(name, status, nip, sex, birthDate, rank);
    }

    /**
     * Changes identity data, checking that it is consistent: an ASN (PNS or PPPK) is identified by a
     * NIP whose birth date and sex digit match the recorded ones (NIP layout: Peraturan Kepala BKN
     * 22/2007); the rank belongs to the ladder of the status (PNS golongan ruang, PPPK golongan);
     * non-ASN staff and the regional head carry no rank.
     */
    public void updatePersonalData(String newName, EmploymentStatus newStatus, Nip newNip, Sex newSex,
                                   LocalDate newBirthDate, Rank newRank) {
        if (newName == null || newName.isBlank()) {
            throw new BusinessRuleException("employee.nameRequired");
        }
        if (newStatus == null) {
            throw new BusinessRuleException("employee.statusRequired");
        }
        boolean asn = newStatus == EmploymentStatus.PNS || newStatus == EmploymentStatus.PPPK;
        Sex effectiveSex = newSex;
        LocalDate effectiveBirth = newBirthDate;
        if (asn) {
            if (newNip == null) {
                throw new BusinessRuleException("employee.nipRequired");
            }
            if (newSex != null && newSex != newNip.sex()) {
                throw new BusinessRuleException("employee.nipSexMismatch", newNip.value());
            }
            if (newBirthDate != null && !newBirthDate.equals(newNip.birthDate())) {
                throw new BusinessRuleException("employee.nipBirthDateMismatch", newNip.value());
            }
            effectiveSex = newNip.sex();
            effectiveBirth = newNip.birthDate();
            RankScheme scheme = newStatus == EmploymentStatus.PNS ? RankScheme.PNS : RankScheme.PPPK;
            if (newRank != null && newRank.getScheme() != scheme) {
                throw new BusinessRuleException("employee.rankSchemeMismatch", newRank.getCode(), newStatus);
            }
        } else if (newRank != null) {
            throw new BusinessRuleException("employee.rankNotAllowed", newStatus);
        }
        if (effectiveSex == null) {
            throw new BusinessRuleException("employee.sexRequired");
        }
        this.name = newName.strip();
        this.status = newStatus;
        // A NIP identifies ASN only; non-ASN staff and state officials carry none.
        this.nip = asn ? newNip : null;
        this.sex = effectiveSex;
        this.birthDate = effectiveBirth;
        this.rank = newRank;
        // penyetaraan concerned PNS only (see recordEqualisation)
        this.fromEqualisation = fromEqualisation && newStatus == EmploymentStatus.PNS;
    }

    public void updateContact(String newEmail, String newPhone) {
        newEmail = newEmail == null ? null : newEmail.strip();
        if (newEmail != null && !newEmail.isBlank() && !newEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new BusinessRuleException("employee.emailInvalid", newEmail);
        }
        this.email = newEmail == null || newEmail.isBlank() ? null : newEmail.strip();
        this.phone = newPhone == null || newPhone.isBlank() ? null : newPhone.strip();
    }

    /**
     * Records whether the person came into their functional position through penyetaraan jabatan. Penyetaraan
     * converted the administrative positions of PNS, so only a PNS can have come in that way.
     */
    public void recordEqualisation(boolean equalised) {
        if (equalised && status != EmploymentStatus.PNS) {
            throw new BusinessRuleException("employee.equalisationPnsOnly", status);
        }
        this.fromEqualisation = equalised;
    }

    /**
     * Whether the person is a "Pejabat Fungsional hasil penyetaraan" on {@code date}: recorded as coming in through
     * penyetaraan and holding a functional position that day. Such people are preferred as Penanggung Jawab /
     * Pengendali Teknis Kegiatan (JB Pasal 22 ayat (3)) and as Penanggungjawab / Ketua Kelompok Kerja (KL Pasal 24
     * ayat (1)); KL Pasal 25 gives the additional income to the others only.
     */
    public boolean isEqualisedFunctionalOn(LocalDate date) {
        return fromEqualisation && placementOn(date)
                .map(p -> p.getPosition().getPositionClass().isFunctional()).orElse(false);
    }

    public boolean isFromEqualisation() {
        return fromEqualisation;
    }

    /**
     * Places the employee in a position from {@code start}. The open placement, if any, ends the day
     * before; the history is kept, never rewritten (the peta jabatan is fixed by the Pejabat Pembina
     * Kepegawaian, KL Pasal 10, and its past must remain traceable for part-year SKPs).
     */
    public Placement placeIn(Position position, LocalDate start, String reason) {
        if (position == null || start == null) {
            throw new BusinessRuleException("placement.positionAndStartRequired");
        }
        if (!position.isActive()) {
            throw new BusinessRuleException("placement.positionInactive", position.getTitle());
        }
        if (!position.getGovernment().equals(government)) {
            throw new BusinessRuleException("placement.otherGovernment");
        }
        Optional<Placement> last = latestPlacement();
        if (last.isPresent()) {
            Placement previous = last.get();
            if (!start.isAfter(previous.getStartDate())) {
                throw new BusinessRuleException("placement.startBeforePrevious", start, previous.getStartDate());
            }
            if (previous.getEndDate() != null && !start.isAfter(previous.getEndDate())) {
                throw new BusinessRuleException("placement.overlapsPrevious", start, previous.getEndDate());
            }
            if (previous.isOpen()) {
                if (previous.getPosition().equals(position)) {
                    throw new BusinessRuleException("placement.samePosition", position.getTitle());
                }
                previous.close(start.minusDays(1));
            }
        }
        Placement placement = new Placement(this, position, start, reason);
        placements.add(placement);
        return placement;
    }

    /** Ends the current placement (retirement, transfer out, leave outside the structure). */
    public void endPlacement(LocalDate lastDay) {
        Placement current = latestPlacement().filter(Placement::isOpen)
                .orElseThrow(() -> new BusinessRuleException("placement.noneOpen"));
        if (lastDay.isBefore(current.getStartDate())) {
            throw new BusinessRuleException("placement.endBeforeStart", lastDay, current.getStartDate());
        }
        current.close(lastDay);
    }

    public Optional<Placement> placementOn(LocalDate date) {
        return placements.stream().filter(p -> p.isActiveOn(date)).findFirst();
    }

    private Optional<Placement> latestPlacement() {
        return placements.stream().max(Comparator.comparing(Placement::getStartDate));
    }

    public List<Placement> getPlacements() {
        return Collections.unmodifiableList(placements);
    }

    public boolean isAsn() {
        return status == EmploymentStatus.PNS || status == EmploymentStatus.PPPK;
    }

    public Government getGovernment() {
        return government;
    }

    public Nip getNip() {
        return nip;
    }

    public String getName() {
        return name;
    }

    public Sex getSex() {
        return sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public EmploymentStatus getStatus() {
        return status;
    }

    public Rank getRank() {
        return rank;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }
}
