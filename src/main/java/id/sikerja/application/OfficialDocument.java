package id.sikerja.application;

import java.util.List;
import java.util.Objects;

/**
 * The content of an official letter or decree (KU Lampiran I and III, JB Lampiran II, KL Lampiran, PS Lampiran II and III), independent of how it is rendered:
 * letterhead, title and number, body blocks, signature, copy list. {@link DocumentRenderer} turns it
 * into a PDF.
 *
 * @param letterhead   lines of the kop surat, first the government ("PEMERINTAH KABUPATEN ..."), then the department
 * @param title        e.g. "SURAT TUGAS" or "KEPUTUSAN KEPALA DINAS ..."
 * @param number       the letter number ("Nomor: ..."), may be null for a draft
 * @param blocks       the body, in order
 * @param placeAndDate e.g. "Sukadana, 2 Januari 2026"
 * @param signature    who signs
 * @param copies       tembusan, may be empty
 * @param annexes      further pages (lampiran), each with its own title and blocks; may be empty
 * @param counterSignature a second signer printed left of {@code signature} (the employee beside the appraiser on
 *                     an SKP, which both sign); null for a letter with one signer
 */
public record OfficialDocument(List<String> letterhead, String title, String subtitle, String number,
                               List<Block> blocks, String placeAndDate, Signature signature, List<String> copies,
                               List<Annex> annexes, Signature counterSignature) {

    public OfficialDocument {
        letterhead = List.copyOf(letterhead);
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
        copies = copies == null ? List.of() : List.copyOf(copies);
        annexes = annexes == null ? List.of() : List.copyOf(annexes);
    }

    /** A letter or decree with one signer. */
    public OfficialDocument(List<String> letterhead, String title, String subtitle, String number,
                            List<Block> blocks, String placeAndDate, Signature signature, List<String> copies,
                            List<Annex> annexes) {
        this(letterhead, title, subtitle, number, blocks, placeAndDate, signature, copies, annexes, null);
    }

    /** One part of the body. */
    public sealed interface Block permits Paragraph, Fields, Table, Numbered {
    }

    /** A paragraph of running text; {@code heading} (may be null) is printed in bold before it, e.g. "Menimbang". */
    public record Paragraph(String heading, String text) implements Block {
    }

    /** Label : value lines, e.g. Nama / NIP / Jabatan. */
    public record Fields(List<Field> fields) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    public record Field(String label, String value) {
    }

    /** A numbered list with an optional heading ("Untuk:", "Memutuskan"). */
    public record Numbered(String heading, List<String> items) implements Block {
        public Numbered {
            items = List.copyOf(items);
        }
    }

    /** A table with a header row; {@code relativeWidths} may be null for equal columns. */
    public record Table(List<String> header, List<List<String>> rows, float[] relativeWidths) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** The signature block: the office ("KEPALA DINAS ..."), name, rank line and NIP. */
    public record Signature(String office, String name, String rank, String nip) {
    }

    /** A lampiran page; {@code signed}: the document's signers sign it again at its end (the SKP's annex). */
    public record Annex(String title, List<Block> blocks, boolean signed) {
        public Annex {
            blocks = List.copyOf(blocks);
        }

        public Annex(String title, List<Block> blocks) {
            this(title, blocks, false);
        }
    }
}
