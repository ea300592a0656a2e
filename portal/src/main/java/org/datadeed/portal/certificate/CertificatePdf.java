package org.datadeed.portal.certificate;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A certificate as a one-page A4 PDF with its QR code. Chinese text is set in Adobe's STSong-Light, which PDF readers
 * supply themselves, so no font is embedded.
 */
public final class CertificatePdf {

    private static final float MARGIN = 56;
    private static final float QR_SIZE = 120;

    private CertificatePdf() {
    }

    public static byte[] render(CertificateSheet sheet) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            PdfWriter.getInstance(document, pdf);
            document.addTitle(sheet.title() + " " + sheet.number());
            document.open();
            BaseFont song = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            Font title = new Font(song, 20);
            Font label = new Font(song, 10, Font.NORMAL, new Color(0x44, 0x44, 0x44));
            Font body = new Font(song, 11);
            Font small = new Font(song, 9, Font.NORMAL, new Color(0x44, 0x44, 0x44));

            Paragraph heading = new Paragraph(sheet.title(), title);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(18);
            document.add(heading);

            PdfPTable table = new PdfPTable(new float[] {1.1f, 3f});
            table.setWidthPercentage(100);
            for (CertificateSheet.Row row : sheet.rows()) {
                table.addCell(cell(row.label(), label));
                table.addCell(cell(row.value() == null ? "—" : row.value(), body));
            }
            document.add(table);

            Image qr = Image.getInstance(QrCode.of(sheet.verificationUrl()).png(8));
            qr.scaleAbsolute(QR_SIZE, QR_SIZE);
            qr.setAlignment(Element.ALIGN_CENTER);
            qr.setSpacingBefore(18);
            document.add(qr);

            Paragraph caveat = new Paragraph(sheet.caveat(), small);
            caveat.setAlignment(Element.ALIGN_CENTER);
            caveat.setSpacingBefore(12);
            document.add(caveat);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return pdf.toByteArray();
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(6);
        cell.setBorderColor(new Color(0xBB, 0xBB, 0xBB));
        return cell;
    }
}
