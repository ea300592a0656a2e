package org.datadeed.portal.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    private static final String URL = "https://portal.example/verify/certificates/ZJ-DDR-2026-DR-000001-7";

    @Test
    void aCertificateIsOneA4PageWithItsLinesAndAQrCode() throws Exception {
        CertificateSheet sheet = new CertificateSheet("数据产权登记证书", "ZJ-DDR-2026-DR-000001-7",
                List.of(new CertificateSheet.Row("证书编号", "ZJ-DDR-2026-DR-000001-7 (v1)"),
                        new CertificateSheet.Row("持有人", "杭州城市大数据公司")), URL, "本证书是权利的推定证明，不是所有权的证明。");
        PdfReader pdf = new PdfReader(CertificatePdf.render(sheet));
        assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        // STSong-Light with UniGB-UCS2-H: the page shows each text as UCS-2 (big-endian) strings
        String content = new String(pdf.getPageContent(1), StandardCharsets.ISO_8859_1);
        assertThat(content).contains(ucs2("ZJ-DDR-2026-DR-000001-7"), ucs2("杭州城市大数据公司"), ucs2("数据产权登记证书"));
        assertThat(content).as("the QR code image is drawn").contains(" Do");
    }

    @Test
    void theQrCodeEncodesTheVerificationLinkAsSvgAndPng() {
        QrCode qr = QrCode.of(URL);
        assertThat(qr.size()).isGreaterThan(21);
        assertThat(qr.dark(4, 4)).as("the top-left finder pattern starts after the quiet zone").isTrue();
        assertThat(qr.dark(0, 0)).as("quiet zone").isFalse();
        assertThat(qr.svg(URL)).startsWith("<svg").contains("aria-label=\"" + URL + "\"", "viewBox=\"0 0 " + qr.size());
        assertThat(qr.png(2)).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    private static String ucs2(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_16BE), StandardCharsets.ISO_8859_1);
    }
}
