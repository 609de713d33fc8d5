package id.sikerja.domain.organisation;

import id.sikerja.domain.shared.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;

/** Where a rule points: a kind, and a level for {@link AppraiserTargetKind#HEAD_AT_LEVEL}. Immutable. */
@Embeddable
public class AppraiserTarget {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private AppraiserTargetKind kind;

    @Column(name = "level")
    private Integer level;

    protected AppraiserTarget() {
    }

    public AppraiserTarget(AppraiserTargetKind kind, Integer level) {
        if (kind == null) {
            throw new BusinessRuleException("appraiserRule.targetRequired");
        }
        if (kind == AppraiserTargetKind.HEAD_AT_LEVEL && (level == null || level < 1 || level > 9)) {
            throw new BusinessRuleException("appraiserRule.levelRequired");
        }
        this.kind = kind;
        this.level = kind == AppraiserTargetKind.HEAD_AT_LEVEL ? level : null;
    }

    public static AppraiserTarget directSuperior() {
        return new AppraiserTarget(AppraiserTargetKind.DIRECT_SUPERIOR, null);
    }

    public static AppraiserTarget headAtLevel(int level) {
        return new AppraiserTarget(AppraiserTargetKind.HEAD_AT_LEVEL, level);
    }

    public AppraiserTargetKind kind() {
        return kind;
    }

    public Integer level() {
        return level;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AppraiserTarget t && kind == t.kind && Objects.equals(level, t.level);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, level);
    }

    @Override
    public String toString() {
        return level == null ? kind.name() : kind + "(" + level + ")";
    }
}
