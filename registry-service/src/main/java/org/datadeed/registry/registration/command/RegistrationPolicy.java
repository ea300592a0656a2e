package org.datadeed.registry.registration.command;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.datadeed.registry.registration.api.ApplicationContent;
import org.datadeed.registry.registration.api.Classification;
import org.datadeed.registry.registration.api.EvidenceKind;
import org.datadeed.registry.registration.api.ObjectType;

/**
 * The regional numbers and tiers the registration rules depend on. Every number here is configuration (see
 * {@code datadeed.registry.*}); the defaults follow national practice.
 *
 * @param zone the registry's time zone: deadlines fall at midnight there
 * @param noticeWorkingDays length of the public notice
 * @param objectionResponseWorkingDays the applicant's window to answer an objection
 * @param correctionWorkingDays the applicant's window to correct during formal review
 * @param reviewWorkingDays the registrar's own deadline per review stage (shown in the queue)
 * @param validity how long a registration is valid from its grant
 * @param renewalWindow how long before the end of validity a renewal may be filed (and the reminder sent)
 * @param substantiveReport per object type, the report that substantive review requires; types absent need none
 * @param importantDataReport the report required for important data whatever its type (the stricter path)
 * @param requiredEvidence evidence every initial application needs
 */
public record RegistrationPolicy(
        ZoneId zone,
        int noticeWorkingDays,
        int objectionResponseWorkingDays,
        int correctionWorkingDays,
        int reviewWorkingDays,
        Period validity,
        Period renewalWindow,
        Map<ObjectType, EvidenceKind> substantiveReport,
        EvidenceKind importantDataReport,
        Set<EvidenceKind> requiredEvidence) {

    public static RegistrationPolicy defaults() {
        return new RegistrationPolicy(ZoneId.of("Asia/Shanghai"), 10, 5, 10, 10, Period.ofYears(3), Period.ofDays(90),
                Map.of(ObjectType.DATA_ASSET, EvidenceKind.THIRD_PARTY_VERIFICATION_REPORT,
                        ObjectType.DATA_PRODUCT, EvidenceKind.EXCHANGE_VERIFICATION_REPORT),
                EvidenceKind.THIRD_PARTY_VERIFICATION_REPORT,
                EnumSet.of(EvidenceKind.APPLICATION_LETTER, EvidenceKind.COMMITMENT_LETTER,
                        EvidenceKind.SOURCE_STATEMENT, EvidenceKind.FIELD_DICTIONARY, EvidenceKind.DATA_SAMPLE));
    }

    /** The evidence this application needs: the common list, plus what its own declarations call for. */
    public Set<EvidenceKind> requiredEvidenceFor(ApplicationContent content) {
        return requiredEvidenceFor(content.objectType(), content.agentName(), content.classification(),
                content.personalInformation());
    }

    /**
     * The evidence an application with these declarations needs, including the report its risk tier's substantive
     * review rests on: it is asked for at submission, so that substantive review never waits for a file the
     * applicant can no longer attach.
     */
    public Set<EvidenceKind> requiredEvidenceFor(ObjectType objectType, String agentName, Classification classification,
                                                 boolean personalInformation) {
        Set<EvidenceKind> required = requiredEvidence.isEmpty() ? EnumSet.noneOf(EvidenceKind.class) : EnumSet.copyOf(requiredEvidence);
        substantiveReportFor(objectType, classification).ifPresent(required::add);
        if (agentName != null && !agentName.isBlank()) {
            required.add(EvidenceKind.POWER_OF_ATTORNEY);
        }
        if (classification == Classification.IMPORTANT) {
            required.add(EvidenceKind.CLASSIFICATION_ASSESSMENT);
        }
        if (personalInformation) {
            required.add(EvidenceKind.COMPLIANCE_REPORT);
        }
        return required;
    }

    /** The report substantive review rests on, if this application's risk tier requires one. */
    public Optional<EvidenceKind> substantiveReportFor(ApplicationContent content) {
        return substantiveReportFor(content.objectType(), content.classification());
    }

    public Optional<EvidenceKind> substantiveReportFor(ObjectType objectType, Classification classification) {
        if (classification == Classification.IMPORTANT) {
            return Optional.of(substantiveReport.getOrDefault(objectType, importantDataReport));
        }
        return Optional.ofNullable(substantiveReport.get(objectType));
    }

    public LocalDate today(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    /** The instant a deadline on {@code lastDay} passes: the midnight that ends it. */
    public Instant endOf(LocalDate lastDay) {
        return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public List<EvidenceKind> missingEvidence(ApplicationContent content, Set<EvidenceKind> attached) {
        return requiredEvidenceFor(content).stream().filter(kind -> !attached.contains(kind)).sorted().toList();
    }
}
