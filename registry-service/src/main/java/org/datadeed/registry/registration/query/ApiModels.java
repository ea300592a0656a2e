package org.datadeed.registry.registration.query;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.datadeed.api.registry.model.Classification;
import org.datadeed.api.registry.model.DataSource;
import org.datadeed.api.registry.model.Evidence;
import org.datadeed.api.registry.model.EvidenceKind;
import org.datadeed.api.registry.model.Fingerprint;
import org.datadeed.api.registry.model.FingerprintMethod;
import org.datadeed.api.registry.model.ObjectType;
import org.datadeed.api.registry.model.ProductForm;
import org.datadeed.api.registry.model.Registration;
import org.datadeed.api.registry.model.RightKind;
import org.datadeed.api.registry.model.Term;
import org.datadeed.registry.registration.api.ApplicationContent;
import org.datadeed.registry.registration.api.EvidenceRef;
import org.datadeed.registry.registration.api.ParticularsChange;

/** Turns the domain's values into the API's representation, which the read model stores as it is served. */
final class ApiModels {

    private ApiModels() {
    }

    static <E extends Enum<E>> E convert(Enum<?> value, Class<E> type) {
        return value == null ? null : Enum.valueOf(type, value.name());
    }

    static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Term term(org.datadeed.registry.registration.api.Term term) {
        return term == null ? null : new Term(term.from()).until(term.until());
    }

    static Fingerprint fingerprint(org.datadeed.registry.registration.api.Fingerprint fingerprint) {
        return fingerprint == null ? null
                : new Fingerprint(fingerprint.sha256(), fingerprint.sm3(), convert(fingerprint.method(), FingerprintMethod.class))
                .sampleSha256(fingerprint.sampleSha256());
    }

    static Evidence evidence(EvidenceRef ref, int version, Instant at, String by) {
        return new Evidence(convert(ref.kind(), EvidenceKind.class), ref.sha256(), ref.fileName(), version, time(at), by)
                .mediaType(ref.mediaType())
                .sizeBytes(ref.sizeBytes())
                .note(ref.note());
    }

    static List<Evidence> evidence(List<EvidenceRef> refs, Instant at, String by) {
        return refs.stream().map(ref -> evidence(ref, 1, at, by)).toList();
    }

    /** Copies the application's declarations into the document. */
    static void content(Registration doc, ApplicationContent content) {
        doc.objectType(convert(content.objectType(), ObjectType.class))
                .productForm(convert(content.productForm(), ProductForm.class))
                .name(content.name())
                .description(content.description())
                .industry(content.industry())
                .scenarios(new java.util.ArrayList<>(content.scenarios()))
                .dataFormat(content.dataFormat())
                .storageLocation(content.storageLocation())
                .storageMethod(content.storageMethod())
                .updateFrequency(content.updateFrequency())
                .timeSpan(term(content.timeSpan()))
                .recordCount(content.recordCount())
                .sizeBytes(content.sizeBytes())
                .classification(convert(content.classification(), Classification.class))
                .personalInformation(content.personalInformation())
                .sensitivePersonalInformation(content.sensitivePersonalInformation())
                .source(new DataSource(content.source().statement(), content.source().authorisedBySource(),
                        content.source().ownershipDisputed()))
                .fingerprint(fingerprint(content.fingerprint()))
                .agentName(content.agentName());
    }

    /** Applies a change of particulars to the document. */
    static void change(Registration doc, ParticularsChange change) {
        if (change.name() != null) doc.setName(change.name());
        if (change.description() != null) doc.setDescription(change.description());
        if (change.industry() != null) doc.setIndustry(change.industry());
        if (change.scenarios() != null) doc.setScenarios(new java.util.ArrayList<>(change.scenarios()));
        if (change.dataFormat() != null) doc.setDataFormat(change.dataFormat());
        if (change.storageLocation() != null) doc.setStorageLocation(change.storageLocation());
        if (change.storageMethod() != null) doc.setStorageMethod(change.storageMethod());
        if (change.updateFrequency() != null) doc.setUpdateFrequency(change.updateFrequency());
        if (change.recordCount() != null) doc.setRecordCount(change.recordCount());
        if (change.sizeBytes() != null) doc.setSizeBytes(change.sizeBytes());
        if (change.fingerprint() != null) doc.setFingerprint(fingerprint(change.fingerprint()));
    }

    static RightKind right(org.datadeed.registry.registration.api.RightKind kind) {
        return convert(kind, RightKind.class);
    }
}
