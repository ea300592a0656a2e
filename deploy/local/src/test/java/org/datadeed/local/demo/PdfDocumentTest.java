package org.datadeed.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class PdfDocumentTest {

    @Test
    void everyCrossReferencePointsAtItsObject() {
        byte[] pdf = PdfDocument.render("数据资源登记申请书", List.of(" 申请单位：杭州城市大数据公司", "本单位申请登记 (SHA-256, SM3)。"));
        String text = new String(pdf, StandardCharsets.ISO_8859_1);

        assertThat(text).startsWith("%PDF-1.7\n").endsWith("%%EOF\n");
        int startxref = Integer.parseInt(text.substring(text.lastIndexOf("startxref\n") + 10, text.lastIndexOf("\n%%EOF")));
        assertThat(text.substring(startxref)).startsWith("xref\n0 ");
        Matcher entries = Pattern.compile("(\\d{10}) 00000 n ").matcher(text.substring(startxref));
        int object = 1;
        while (entries.find()) {
            int offset = Integer.parseInt(entries.group(1));
            assertThat(text.substring(offset)).startsWith(object + " 0 obj\n");
            object++;
        }
        assertThat(object - 1).isEqualTo(8); // catalog, pages, two fonts, descriptor, info, one page and its content
    }

    @Test
    void streamLengthsAreExact() {
        byte[] pdf = PdfDocument.render("标题", List.of("正文"));
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher stream = Pattern.compile("/Length (\\d+) >>\nstream\n").matcher(text);
        assertThat(stream.find()).isTrue();
        int start = stream.end();
        assertThat(text.substring(start + Integer.parseInt(stream.group(1)))).startsWith("endstream");
    }

    @Test
    void theSameTextGivesTheSameBytes() {
        assertThat(PdfDocument.render("承诺书", List.of("一、真实。"))).isEqualTo(PdfDocument.render("承诺书", List.of("一、真实。")));
    }

    @Test
    void longTextRunsOntoMorePages() {
        List<String> paragraphs = new ArrayList<>(Collections.nCopies(120, "数据来源合法，已取得数据来源方的授权。"));
        String text = new String(PdfDocument.render("长文档", paragraphs), StandardCharsets.ISO_8859_1);
        Matcher count = Pattern.compile("/Count (\\d+)").matcher(text);
        assertThat(count.find()).isTrue();
        assertThat(Integer.parseInt(count.group(1))).isGreaterThan(1);
    }
}
