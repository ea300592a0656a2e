package org.datadeed.registry.config;

import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.datadeed.registry.registration.api.EvidenceKind;
import org.datadeed.registry.registration.api.ObjectType;
import org.datadeed.registry.registration.command.RegistrationPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The registry's regional settings. Every number the rules depend on is here, with national-practice defaults.
 *
 * @param jurisdiction the jurisdiction code that starts every certificate number (e.g. ZJ)
 * @param registrar the registrar's code in registration and certificate numbers (e.g. DDR)
 * @param publicBaseUrl where the registry's public API is reached
 * @param verificationUrl where a certificate's verification is read by people (its QR code leads there), with
 *                        {@code {number}} for the certificate number; unset, the public API's verification resource
 * @param calendars CSV files of official holidays and make-up workdays
 */
@ConfigurationProperties("datadeed.registry")
public record RegistryProperties(
        String jurisdiction,
        String registrar,
        String publicBaseUrl,
        String verificationUrl,
        List<String> calendars,
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue Rules rules,
        @DefaultValue Evidence evidence) {

    /** The verification URL of a certificate. */
    public String verificationUrlOf(String certificateNumber) {
        String template = verificationUrl == null || verificationUrl.isBlank()
                ? publicBaseUrl + "/api/v1/public/certificates/{number}" : verificationUrl;
        return template.replace("{number}", java.net.URLEncoder.encode(certificateNumber, java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * @param substantiveReport per object type, the report substantive review requires; types not listed need no
     *                          substantive review unless their data is important
     */
    public record Rules(
            @DefaultValue("10") int noticeWorkingDays,
            @DefaultValue("5") int objectionResponseWorkingDays,
            @DefaultValue("10") int correctionWorkingDays,
            @DefaultValue("10") int reviewWorkingDays,
            @DefaultValue("P3Y") Period validity,
            @DefaultValue("P90D") Period renewalWindow,
            Map<ObjectType, EvidenceKind> substantiveReport,
            @DefaultValue("THIRD_PARTY_VERIFICATION_REPORT") EvidenceKind importantDataReport,
            @DefaultValue({"APPLICATION_LETTER", "COMMITMENT_LETTER", "SOURCE_STATEMENT", "FIELD_DICTIONARY", "DATA_SAMPLE"})
            Set<EvidenceKind> requiredEvidence) {
    }

    /** Limits on evidence uploads; the size limit is enforced by the multipart configuration that refers to it. */
    public record Evidence(@DefaultValue("20MB") DataSize maxSize, @DefaultValue("application/pdf") Set<String> mediaTypes) {
    }

    public RegistrationPolicy policy() {
        return new RegistrationPolicy(zone, rules.noticeWorkingDays(), rules.objectionResponseWorkingDays(),
                rules.correctionWorkingDays(), rules.reviewWorkingDays(), rules.validity(), rules.renewalWindow(),
                rules.substantiveReport() == null ? Map.of() : rules.substantiveReport(), rules.importantDataReport(), rules.requiredEvidence());
    }
}
