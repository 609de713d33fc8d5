package id.sikerja.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Pangkat/golongan ruang (PNS I/a … IV/e) or PPPK golongan (I … XVII); reference data from the migration. */
@Entity
@Table(name = "rank")
public class Rank {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RankScheme scheme;

    /** Position on its ladder, 1 = lowest: used to rank team-lead candidates (JB Pasal 21c). */
    @Column(nullable = false)
    private int ordinal;

    protected Rank() {
    }

    public Rank(String code, String name, RankScheme scheme, int ordinal) {
        this.code = code;
        this.name = name;
        this.scheme = scheme;
        this.ordinal = ordinal;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public RankScheme getScheme() {
        return scheme;
    }

    public int getOrdinal() {
        return ordinal;
    }

    /** "Penata Muda (III/a)". */
    public String getLabel() {
        return name + " (" + code + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rank r && code.equals(r.getCode()); // getCode(): r may be a lazy proxy
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
