package org.datadeed.local.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small, valid PDF 1.7 with Chinese text, for demo evidence (application letters, statements, reports). The text
 * uses Adobe's standard Chinese font STSong-Light with the UniGB-UCS2-H encoding, which PDF readers supply
 * themselves, so nothing is embedded and the file stays a few kilobytes. The output is deterministic: the same
 * text gives the same bytes, hence the same evidence hash.
 */
public final class PdfDocument {

    private static final float PAGE_WIDTH = 595.28f;
    private static final float PAGE_HEIGHT = 841.89f;
    private static final float MARGIN = 64;
    private static final float TITLE_SIZE = 18;
    private static final float BODY_SIZE = 11;
    private static final float LEADING = 19;

    private PdfDocument() {
    }

    /**
     * @param title the heading, centred on the first page
     * @param paragraphs body paragraphs; a paragraph starting with a space is not indented (e.g. signature lines)
     */
    public static byte[] render(String title, List<String> paragraphs) {
        List<List<String>> pages = layout(paragraphs);
        List<String> contents = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            StringBuilder content = new StringBuilder();
            float y = PAGE_HEIGHT - MARGIN;
            if (p == 0) {
                float width = width(title) * TITLE_SIZE;
                content.append("BT /F1 ").append(fmt(TITLE_SIZE)).append(" Tf ")
                        .append(fmt((PAGE_WIDTH - width) / 2)).append(' ').append(fmt(y - TITLE_SIZE)).append(" Td ")
                        .append(hex(title, false)).append(" Tj ET\n");
                y -= TITLE_SIZE + LEADING * 2;
            }
            content.append("BT /F1 ").append(fmt(BODY_SIZE)).append(" Tf ").append(fmt(LEADING)).append(" TL ")
                    .append(fmt(MARGIN)).append(' ').append(fmt(y - BODY_SIZE)).append(" Td\n");
            for (String line : pages.get(p)) {
                content.append(hex(line, false)).append(" Tj T*\n");
            }
            content.append("ET\n");
            String footer = "第 " + (p + 1) + " 页 / 共 " + pages.size() + " 页";
            content.append("BT /F1 9 Tf ").append(fmt((PAGE_WIDTH - width(footer) * 9) / 2)).append(" 36 Td ")
                    .append(hex(footer, false)).append(" Tj ET\n");
            contents.add(content.toString());
        }

        List<String> objects = new ArrayList<>();
        int firstPage = 7;
        StringBuilder kids = new StringBuilder();
        for (int p = 0; p < pages.size(); p++) {
            kids.append(firstPage + p * 2).append(" 0 R ");
        }
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [" + kids.toString().trim() + "] /Count " + pages.size() + " >>");
        objects.add("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H"
                + " /DescendantFonts [4 0 R] >>");
        objects.add("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light"
                + " /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >>"
                + " /FontDescriptor 5 0 R /DW 1000 /W [1 95 500] >>");
        objects.add("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880]"
                + " /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>");
        objects.add("<< /Title " + hex(title, true) + " /Producer (DataDeed local stack demo data) >>");
        for (int p = 0; p < pages.size(); p++) {
            int contentObject = firstPage + p * 2 + 1;
            objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + fmt(PAGE_WIDTH) + " " + fmt(PAGE_HEIGHT) + "]"
                    + " /Resources << /Font << /F1 3 0 R >> >> /Contents " + contentObject + " 0 R >>");
            byte[] stream = contents.get(p).getBytes(StandardCharsets.US_ASCII);
            objects.add("<< /Length " + stream.length + " >>\nstream\n" + contents.get(p) + "endstream");
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.7\n");
        out.writeBytes(new byte[] {'%', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'});
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R /Info 6 0 R >>\n")
                .append("startxref\n").append(xref).append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    /** Wraps the paragraphs to the text width and cuts them into pages (the first page is shorter: the title). */
    private static List<List<String>> layout(List<String> paragraphs) {
        float maxWidth = (PAGE_WIDTH - 2 * MARGIN) / BODY_SIZE;
        List<String> lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (paragraph.isEmpty()) {
                lines.add("");
                continue;
            }
            String text = paragraph.startsWith(" ") ? paragraph.substring(1) : "\u3000\u3000" + paragraph;
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                float w = width(c);
                if (lineWidth + w > maxWidth) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                line.append(c);
                lineWidth += w;
            }
            lines.add(line.toString());
        }
        int firstPageLines = (int) ((PAGE_HEIGHT - 2 * MARGIN - TITLE_SIZE - LEADING * 2 - 30) / LEADING);
        int pageLines = (int) ((PAGE_HEIGHT - 2 * MARGIN - 30) / LEADING);
        List<List<String>> pages = new ArrayList<>();
        int from = 0;
        do {
            int to = Math.min(lines.size(), from + (pages.isEmpty() ? firstPageLines : pageLines));
            pages.add(lines.subList(from, to));
            from = to;
        } while (from < lines.size());
        return pages;
    }

    /** Width in ems: the font's proportional Latin is drawn half width, everything else full width. */
    private static float width(char c) {
        return c >= 0x20 && c <= 0x7E ? 0.5f : 1f;
    }

    private static float width(String text) {
        float width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += width(text.charAt(i));
        }
        return width;
    }

    /** A hex string of UCS-2 codes (UniGB-UCS2-H), or UTF-16BE with a byte order mark for document metadata. */
    private static String hex(String text, boolean bom) {
        StringBuilder hex = new StringBuilder("<");
        if (bom) {
            hex.append("FEFF");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            hex.append(String.format("%04X", (int) (Character.isSurrogate(c) ? '?' : c)));
        }
        return hex.append('>').toString();
    }

    private static String fmt(float value) {
        return value == Math.rint(value) ? Integer.toString((int) value) : String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
