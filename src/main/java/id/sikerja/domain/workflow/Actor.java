package id.sikerja.domain.workflow;

import java.util.Objects;

/**
 * Who may take a step, said relative to the subject, never as a named role of the government: "the
 * owner of the SKP", "its appraiser", "the head of the department the subject belongs to", "the
 * person the current step names". A chain declares these; the subject's own facts (who its owner and
 * appraiser are) and the organisation tree resolve them to people.
 *
 * @param kind  the relation
 * @param level for {@link Kind#HEAD_OF_LEVEL}: the structural level (1 = the department), else 0
 */
public record Actor(Kind kind, int level) {

    public enum Kind {
        /** Whoever the subject belongs to: the SKP's employee, the agreement's owner, the team's maker. */
        OWNER,
        /** The subject owner's appraiser (Pejabat Penilai Kinerja). */
        APPRAISER,
        /** The approver fixed on the subject when it was submitted (e.g. an agreement's superior). */
        APPROVER,
        /** The head of the unit that gives the work (may differ from the appraiser, KU Lampiran I.B.1). */
        UNIT_HEAD,
        /** The head of the unit of a given structural level above the subject. */
        HEAD_OF_LEVEL,
        /** The head of the department (Kepala Perangkat Daerah). */
        DEPARTMENT_HEAD,
        /** The Sekretaris Daerah. */
        REGIONAL_SECRETARY,
        /**
         * The Perangkat Daerah yang membidangi kepegawaian (the BKPSDM), through which proposals to the Sekda go
         * (KL Pasal 14 ayat (1) huruf a): the personnel office of the government.
         */
        PERSONNEL_OFFICE,
        /** The Bupati or Walikota. */
        REGIONAL_HEAD,
        /** The official who signs the subject's letter or decree (fixed by the policy and the tree). */
        SIGNER,
        /** The person the subject names for its current step (e.g. a secondment's next signer). */
        NAMED,
        /** Sikerja itself, acting on a rule (a period ended, a change of appraiser). */
        SYSTEM
    }

    public static final Actor OWNER = new Actor(Kind.OWNER, 0);
    public static final Actor APPRAISER = new Actor(Kind.APPRAISER, 0);
    public static final Actor APPROVER = new Actor(Kind.APPROVER, 0);
    public static final Actor UNIT_HEAD = new Actor(Kind.UNIT_HEAD, 0);
    public static final Actor DEPARTMENT_HEAD = new Actor(Kind.DEPARTMENT_HEAD, 0);
    public static final Actor REGIONAL_SECRETARY = new Actor(Kind.REGIONAL_SECRETARY, 0);
    public static final Actor PERSONNEL_OFFICE = new Actor(Kind.PERSONNEL_OFFICE, 0);
    public static final Actor REGIONAL_HEAD = new Actor(Kind.REGIONAL_HEAD, 0);
    public static final Actor SIGNER = new Actor(Kind.SIGNER, 0);
    public static final Actor NAMED = new Actor(Kind.NAMED, 0);
    public static final Actor SYSTEM = new Actor(Kind.SYSTEM, 0);

    public Actor {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.HEAD_OF_LEVEL) != (level > 0)) {
            throw new IllegalArgumentException("a level belongs to HEAD_OF_LEVEL only: " + kind + " " + level);
        }
    }

    public static Actor headOfLevel(int level) {
        return new Actor(Kind.HEAD_OF_LEVEL, level);
    }

    @Override
    public String toString() {
        return kind == Kind.HEAD_OF_LEVEL ? kind + "(" + level + ")" : kind.name();
    }
}
