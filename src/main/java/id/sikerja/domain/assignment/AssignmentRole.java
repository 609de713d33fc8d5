package id.sikerja.domain.assignment;

/** The role an assignment letter gives (PS Lampiran II, "Diberikan tugas sebagai" a–f). */
public enum AssignmentRole {
    TEAM_LEAD,
    TEAM_MEMBER,
    INDIVIDUAL_FUNCTIONAL,
    TREASURER,
    PPTK,
    OTHER;

    /** Team roles need the team's name (PS Lampiran II: "dengan disebutkan nama tim"). */
    public boolean needsDetail() {
        return this == TEAM_LEAD || this == TEAM_MEMBER || this == OTHER;
    }
}
