package org.datadeed.portal.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.datadeed.client.registry.model.Certificate;
import org.datadeed.client.registry.model.Registration;
import org.datadeed.client.registry.model.Right;
import org.datadeed.portal.format.Formats;
import org.springframework.context.MessageSource;

/**
 * What a registration certificate says, in the reader's language: one list of labelled lines that both the printable
 * page and the PDF lay out, so the two can never say different things.
 *
 * @param title the document's heading
 * @param number the certificate number
 * @param rows label and value, in order
 * @param verificationUrl where the QR code leads: the public verification page of this certificate
 * @param caveat the legal notice: a certificate is a presumption of rights, not proof of ownership
 */
public record CertificateSheet(String title, String number, List<Row> rows, String verificationUrl, String caveat) {

    public record Row(String label, String value) {
    }

    /** @throws IllegalStateException when the registration has no certificate (not registered yet) */
    public static CertificateSheet of(Registration registration, MessageSource messages, Locale locale, Formats fmt,
                                      VerificationLinks links) {
        Certificate certificate = registration.getCertificate();
        if (certificate == null) {
            throw new IllegalStateException("Registration " + registration.getRegistrationId() + " has no certificate");
        }
        List<Row> rows = new ArrayList<>();
        Labels label = key -> messages.getMessage(key, null, locale);
        rows.add(new Row(label.of("certificate.number"), certificate.getNumber() + " (v" + certificate.getVersion() + ")"));
        rows.add(new Row(label.of("registration.number"), registration.getRegistrationNumber()));
        rows.add(new Row(label.of("registration.name"), registration.getName()));
        rows.add(new Row(label.of("registration.objectType"), label.of("objectType." + registration.getObjectType())));
        rows.add(new Row(label.of("registration.industry"), registration.getIndustry()));
        rows.add(new Row(label.of("registration.classification"), label.of("classification." + registration.getClassification())));
        for (Right right : registration.getRights()) {
            String term = fmt.date(right.getTerm().getFrom()) + " – "
                    + (right.getTerm().getUntil() == null ? label.of("term.open") : fmt.date(right.getTerm().getUntil()));
            rows.add(new Row(label.of("right." + right.getKind()),
                    (right.getHolderName() == null ? right.getHolderOrganisation() : right.getHolderName())
                            + "; " + right.getScope() + "; " + right.getTerritory() + "; " + term));
        }
        if (registration.getFingerprint() != null) {
            rows.add(new Row("SHA-256", registration.getFingerprint().getSha256()));
            rows.add(new Row("SM3", registration.getFingerprint().getSm3()));
        }
        rows.add(new Row(label.of("certificate.validity"), fmt.date(certificate.getValidFrom()) + " – " + fmt.date(certificate.getValidUntil())));
        rows.add(new Row(label.of("certificate.issuedAt"), fmt.dateTime(certificate.getIssuedAt())));
        String url = links.certificate(certificate.getNumber());
        rows.add(new Row(label.of("certificate.verifyAt"), url));
        return new CertificateSheet(label.of("certificate.title"), certificate.getNumber(), List.copyOf(rows), url,
                label.of("certificate.caveat"));
    }

    @FunctionalInterface
    private interface Labels {
        String of(String key);
    }

}
