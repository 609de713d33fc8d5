package id.sikerja.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The execute stage's daily record: an employee's work log entries (catatan kerja) with their evidence (bukti
 * dukung), read by the people the entry concerns — the ketua of the team it serves, the appraiser and heads above,
 * and colleagues named on it.
 */
public interface WorkLogs {

    /** The caller's own entries and those naming the caller as a collaborator, newest first. */
    List<LogRow> mine();

    /** Someone's entries the caller may see (as their head, appraiser or ketua), newest first. */
    List<LogRow> of(long employeeId);

    /** Records an entry of the caller; returns its id. */
    long record(@NotNull NewLog log);

    /** The author corrects an entry; refused when someone else changed it since {@code version}. */
    void revise(long id, int version, @NotNull NewLog log);

    /** The author removes an entry and its evidence. */
    void remove(long id, int version);

    /**
     * Attaches a file to an entry of the caller. The type is detected from the bytes; a file empty, too large, of a
     * type not accepted or named unlike what it is, is refused and nothing is stored.
     *
     * @param content opens the file's bytes; called twice (to check, then to store)
     */
    long attach(long logId, @NotNull @Size(max = 255) String fileName, long size, @NotNull Upload content);

    /** The evidence's name and type, when the caller may read it. */
    EvidenceFile evidence(long id);

    /** Streams the evidence's bytes to {@code out}, when the caller may read it. */
    void copyEvidence(long id, OutputStream out) throws IOException;

    /** What an entry can serve: the caller's own SKP results of the year and teams of today. */
    Choices choices();

    /** People of the caller's government by name or NIP, to name as collaborators. */
    List<Person> people(String text);

    @FunctionalInterface
    interface Upload {
        InputStream open() throws IOException;
    }

    record NewLog(LocalDate date, String description, Long resultId, Long teamId, BigDecimal quantity, String unit,
                  List<Long> collaboratorIds) implements Serializable {
    }

    record LogRow(long id, int version, LocalDate date, String authorName, long authorId, String description,
                  String resultText, String teamName, BigDecimal quantity, String unit, List<String> collaborators,
                  List<EvidenceFile> evidence, boolean mine) implements Serializable {
    }

    record EvidenceFile(long id, String fileName, String mediaType, long size, String sha256) implements Serializable {
    }

    record Option(long id, String label) implements Serializable {
    }

    record Choices(List<Option> results, List<Option> teams) implements Serializable {
    }

    record Person(long id, String name, String unitName) implements Serializable {
        public String label() {
            return name + " — " + unitName;
        }
    }
}
