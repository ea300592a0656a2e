package org.datadeed.registry.registration.web;

import java.util.List;

import org.datadeed.api.registry.model.ChangeFiling;
import org.datadeed.api.registry.model.EvidenceAttachment;
import org.datadeed.api.registry.model.RegistrationDraft;
import org.datadeed.platform.domain.DomainRuleViolation;
import org.datadeed.platform.security.CurrentCaller;
import org.datadeed.registry.evidence.EvidenceStore;
import org.datadeed.registry.registration.api.*;
import org.springframework.stereotype.Component;

/** Turns API requests into the domain's values; evidence must have been uploaded by the caller's organisation. */
@Component
class RequestMapper {

    private final EvidenceStore evidenceStore;
    private final CurrentCaller currentCaller;

    RequestMapper(EvidenceStore evidenceStore, CurrentCaller currentCaller) {
        this.evidenceStore = evidenceStore;
        this.currentCaller = currentCaller;
    }

    static <E extends Enum<E>> E convert(Enum<?> value, Class<E> type) {
        return value == null ? null : Enum.valueOf(type, value.name());
    }

    static Term term(org.datadeed.api.registry.model.Term term) {
        return term == null ? null : new Term(term.getFrom(), term.getUntil());
    }

    static Fingerprint fingerprint(org.datadeed.api.registry.model.Fingerprint fingerprint) {
        return fingerprint == null ? null : new Fingerprint(fingerprint.getSha256(), fingerprint.getSm3(),
                convert(fingerprint.getMethod(), FingerprintMethod.class), fingerprint.getSampleSha256());
    }

    static ApplicationContent content(RegistrationDraft draft) {
        return new ApplicationContent(convert(draft.getObjectType(), ObjectType.class),
                convert(draft.getProductForm(), ProductForm.class), draft.getName(), draft.getDescription(),
                draft.getIndustry(), draft.getScenarios(), draft.getDataFormat(), draft.getStorageLocation(),
                draft.getStorageMethod(), draft.getUpdateFrequency(), term(draft.getTimeSpan()), draft.getRecordCount(),
                draft.getSizeBytes(), convert(draft.getClassification(), Classification.class),
                Boolean.TRUE.equals(draft.getPersonalInformation()),
                Boolean.TRUE.equals(draft.getSensitivePersonalInformation()),
                new DataSource(draft.getSource().getStatement(), Boolean.TRUE.equals(draft.getSource().getAuthorisedBySource()),
                        Boolean.TRUE.equals(draft.getSource().getOwnershipDisputed())),
                fingerprint(draft.getFingerprint()),
                draft.getRights().stream().map(r -> new RightClaim(convert(r.getKind(), RightKind.class),
                        r.getHolderOrganisation(), r.getHolderName(), r.getScope(), term(r.getTerm()), r.getTerritory())).toList(),
                draft.getAgentName());
    }

    static ParticularsChange change(ChangeFiling filing) {
        return new ParticularsChange(filing.getName(), filing.getDescription(), filing.getIndustry(),
                filing.getScenarios() == null || filing.getScenarios().isEmpty() ? null : filing.getScenarios(),
                filing.getDataFormat(), filing.getStorageLocation(), filing.getStorageMethod(), filing.getUpdateFrequency(),
                filing.getRecordCount(), filing.getSizeBytes(), fingerprint(filing.getFingerprint()));
    }

    EvidenceRef evidence(EvidenceAttachment attachment) {
        EvidenceStore.StoredFile file = evidenceStore.uploadedBy(attachment.getSha256(), currentCaller.get().organisation())
                .orElseThrow(() -> new DomainRuleViolation("evidence-not-stored",
                        "Your organisation has not uploaded evidence " + attachment.getSha256() + "; upload it first"));
        return new EvidenceRef(convert(attachment.getKind(), EvidenceKind.class), file.sha256(), attachment.getFileName(),
                file.mediaType(), file.sizeBytes(), attachment.getNote());
    }

    List<EvidenceRef> evidence(List<EvidenceAttachment> attachments) {
        return attachments == null ? List.of() : attachments.stream().map(this::evidence).toList();
    }
}
