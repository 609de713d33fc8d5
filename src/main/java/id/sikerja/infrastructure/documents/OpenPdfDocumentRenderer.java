package id.sikerja.infrastructure.documents;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import id.sikerja.application.DocumentRenderer;
import id.sikerja.application.OfficialDocument;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Renders official letters with OpenPDF in the layout of the regional templates (PS Lampiran II and
 * III, KU letters): letterhead centred over a rule, title and number centred, body, signature block on
 * the right, copy list at the bottom; annexes on landscape pages.
 */
@ApplicationScoped
public class OpenPdfDocumentRenderer implements DocumentRenderer {

    private static final Font HEAD = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font HEAD_SMALL = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font TITLE = new Font(Font.HELVETICA, 12, Font.BOLD | Font.UNDERLINE);
    private static final Font BODY = new Font(Font.HELVETICA, 10.5f, Font.NORMAL);
    private static final Font BOLD = new Font(Font.HELVETICA, 10.5f, Font.BOLD);
    private static final Font TABLE = new Font(Font.HELVETICA, 8.5f, Font.NORMAL);
    private static final Font TABLE_HEAD = new Font(Font.HELVETICA, 8.5f, Font.BOLD);

    @Override
    public byte[] pdf(OfficialDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 56, 56, 48, 48);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(doc.title());
            pdf.addCreator("Sikerja");
            pdf.open();
            letterhead(pdf, doc.letterhead());
            Paragraph title = new Paragraph(doc.title(), TITLE);
            title.setAlignment(Element.ALIGN_CENTER);
            pdf.add(title);
            if (doc.subtitle() != null && !doc.subtitle().isBlank()) {
                Paragraph sub = new Paragraph(doc.subtitle(), BOLD);
                sub.setAlignment(Element.ALIGN_CENTER);
                pdf.add(sub);
            }
            if (doc.number() != null) {
                Paragraph number = new Paragraph("Nomor: " + doc.number(), BODY);
                number.setAlignment(Element.ALIGN_CENTER);
                pdf.add(number);
            }
            pdf.add(spacer(10));
            for (OfficialDocument.Block block : doc.blocks()) {
                block(pdf, block);
            }
            signature(pdf, doc.placeAndDate(), doc.signature(), doc.counterSignature());
            if (!doc.copies().isEmpty()) {
                pdf.add(spacer(12));
                pdf.add(new Paragraph("Tembusan:", BOLD));
                int i = 1;
                for (String copy : doc.copies()) {
                    pdf.add(new Paragraph((i++) + ". " + copy, BODY));
                }
            }
            for (OfficialDocument.Annex annex : doc.annexes()) {
                pdf.setPageSize(PageSize.A4.rotate());
                pdf.newPage();
                Paragraph heading = new Paragraph(annex.title(), HEAD);
                heading.setAlignment(Element.ALIGN_CENTER);
                pdf.add(heading);
                pdf.add(spacer(8));
                for (OfficialDocument.Block block : annex.blocks()) {
                    block(pdf, block);
                }
                if (annex.signed()) {
                    signature(pdf, doc.placeAndDate(), doc.signature(), doc.counterSignature());
                }
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF could not be rendered: " + doc.title(), e);
        }
        return out.toByteArray();
    }

    private static void letterhead(Document pdf, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            Paragraph p = new Paragraph(lines.get(i).toUpperCase(java.util.Locale.ROOT), i < 2 ? HEAD : HEAD_SMALL);
            p.setAlignment(Element.ALIGN_CENTER);
            pdf.add(p);
        }
        LineSeparator rule = new LineSeparator(1.5f, 100, null, Element.ALIGN_CENTER, -4);
        pdf.add(new Chunk(rule));
        pdf.add(spacer(14));
    }

    private static void block(Document pdf, OfficialDocument.Block block) {
        if (block instanceof OfficialDocument.Paragraph p) {
                Paragraph para = new Paragraph();
                if (p.heading() != null && !p.heading().isBlank()) {
                    para.add(new Chunk(p.heading() + "  ", BOLD));
                }
                para.add(new Chunk(p.text() == null ? "" : p.text(), BODY));
                para.setAlignment(Element.ALIGN_JUSTIFIED);
                para.setSpacingAfter(6);
                pdf.add(para);
        } else if (block instanceof OfficialDocument.Fields f) {
                PdfPTable table = new PdfPTable(new float[]{3, 0.4f, 9});
                table.setWidthPercentage(100);
                for (OfficialDocument.Field field : f.fields()) {
                    table.addCell(plain(field.label()));
                    table.addCell(plain(":"));
                    table.addCell(plain(field.value()));
                }
                table.setSpacingAfter(6);
                pdf.add(table);
        } else if (block instanceof OfficialDocument.Numbered n) {
                if (n.heading() != null && !n.heading().isBlank()) {
                    pdf.add(new Paragraph(n.heading(), BOLD));
                }
                PdfPTable table = new PdfPTable(new float[]{0.6f, 11});
                table.setWidthPercentage(100);
                int i = 1;
                for (String item : n.items()) {
                    table.addCell(plain((i++) + "."));
                    table.addCell(plain(item));
                }
                table.setSpacingAfter(6);
                pdf.add(table);
        } else if (block instanceof OfficialDocument.Table t) {
                PdfPTable table = t.relativeWidths() != null && t.relativeWidths().length == t.header().size()
                        ? new PdfPTable(t.relativeWidths()) : new PdfPTable(t.header().size());
                table.setWidthPercentage(100);
                table.setHeaderRows(1);
                for (String h : t.header()) {
                    PdfPCell cell = new PdfPCell(new Phrase(h, TABLE_HEAD));
                    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                    cell.setGrayFill(0.9f);
                    cell.setPadding(4);
                    table.addCell(cell);
                }
                for (List<String> row : t.rows()) {
                    for (int c = 0; c < t.header().size(); c++) {
                        PdfPCell cell = new PdfPCell(new Phrase(c < row.size() && row.get(c) != null ? row.get(c) : "",
                                TABLE));
                        cell.setPadding(4);
                        table.addCell(cell);
                    }
                }
                table.setSpacingAfter(8);
                pdf.add(table);
        }
    }

    /**
     * The signature block on the right; a counter-signer (e.g. the employee beside the appraiser on an SKP) on the
     * left, at the same height, so both names and NIPs line up.
     */
    private static void signature(Document pdf, String placeAndDate, OfficialDocument.Signature signature,
                                  OfficialDocument.Signature counter) {
        if (signature == null) {
            return;
        }
        pdf.add(spacer(14));
        PdfPTable table = new PdfPTable(new float[]{1, 1});
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        table.addCell(counter == null ? plain("") : signatureCell(placeAndDate == null ? null : " ", counter));
        table.addCell(signatureCell(placeAndDate, signature));
        pdf.add(table);
    }

    private static PdfPCell signatureCell(String placeAndDate, OfficialDocument.Signature signature) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        if (placeAndDate != null) {
            cell.addElement(new Paragraph(placeAndDate, BODY));
        }
        cell.addElement(new Paragraph(signature.office(), BOLD));
        cell.addElement(spacer(48));
        cell.addElement(new Paragraph(signature.name() == null ? "" : signature.name(), BOLD));
        if (signature.rank() != null && !signature.rank().isBlank()) {
            cell.addElement(new Paragraph(signature.rank(), BODY));
        }
        if (signature.nip() != null && !signature.nip().isBlank()) {
            cell.addElement(new Paragraph("NIP. " + signature.nip(), BODY));
        }
        return cell;
    }

    private static PdfPCell plain(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, BODY));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingBottom(3);
        return cell;
    }

    private static Paragraph spacer(float height) {
        Paragraph p = new Paragraph(" ", BODY);
        p.setLeading(height);
        return p;
    }
}
