package id.sikerja.domain.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One line of the SKP annex: a resource, an accountability arrangement or a consequence. */
@Entity
@Table(name = "skp_annex_item")
public class AnnexItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "skp_id")
    private Skp skp;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AnnexKind kind;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, columnDefinition = "text")
    private String text;

    protected AnnexItem() {
    }

    AnnexItem(Skp skp, AnnexKind kind, int position, String text) {
        this.skp = skp;
        this.kind = kind;
        this.position = position;
        this.text = text;
    }

    public AnnexKind getKind() {
        return kind;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }
}
