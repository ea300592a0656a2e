package org.datadeed.registry.registration.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.datadeed.api.registry.RegistrationsApi;
import org.datadeed.api.registry.model.Classification;
import org.datadeed.api.registry.model.Decision;
import org.datadeed.api.registry.model.EvidenceAttachment;
import org.datadeed.api.registry.model.ObjectType;
import org.datadeed.api.registry.model.Registration;
import org.datadeed.api.registry.model.RegistrationDraft;
import org.datadeed.api.registry.model.RegistrationPage;
import org.datadeed.api.registry.model.RegistrationStatus;
import org.datadeed.api.registry.model.RegistrationType;
import org.datadeed.api.registry.model.Statement;
import org.datadeed.api.registry.model.TimelineEntry;
import org.datadeed.platform.domain.NotFound;
import org.datadeed.platform.security.Caller;
import org.datadeed.platform.security.Role;
import org.datadeed.registry.evidence.EvidenceStore;
import org.datadeed.registry.registration.api.*;
import org.datadeed.registry.registration.query.RegistrationQueries;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Applications by holders, and the reads every signed-in role has, scoped to what the caller may see. */
@RestController
class RegistrationsController implements RegistrationsApi {

    private final CommandSupport support;
    private final RequestMapper mapper;
    private final RegistrationQueries queries;
    private final EvidenceStore evidenceStore;

    RegistrationsController(CommandSupport support, RequestMapper mapper, RegistrationQueries queries, EvidenceStore evidenceStore) {
        this.support = support;
        this.mapper = mapper;
        this.queries = queries;
        this.evidenceStore = evidenceStore;
    }

    @Override
    public ResponseEntity<Registration> createDraft(RegistrationDraft draft, String idempotencyKey) {
        Actor by = support.actingAs(Role.HOLDER);
        Caller caller = support.caller();
        UUID id = CommandSupport.stableId("registration", caller);
        support.sendNew(new CreateDraftCommand(id, caller.organisation(), caller.organisationName(),
                RequestMapper.content(draft), by, support.now()));
        return ResponseEntity.created(URI.create("/api/v1/registrations/" + id)).body(queries.get(id, caller));
    }

    @Override
    public ResponseEntity<RegistrationPage> searchRegistrations(String q, String holder, List<RegistrationStatus> status,
                                                                ObjectType objectType, RegistrationType registrationType,
                                                                String industry, Classification classification,
                                                                Integer page, Integer size, String sort) {
        Caller caller = support.caller();
        return ResponseEntity.ok(queries.search(new RegistrationQueries.Search(q, holder,
                status == null ? null : status.stream().map(RegistrationStatus::getValue).toList(),
                objectType == null ? null : objectType.getValue(),
                registrationType == null ? null : registrationType.getValue(), industry,
                classification == null ? null : classification.getValue(), page, size, sort), caller));
    }

    @Override
    public ResponseEntity<Registration> getRegistration(UUID registrationId) {
        return ResponseEntity.ok(queries.get(registrationId, support.caller()));
    }

    @Override
    public ResponseEntity<List<TimelineEntry>> getTimeline(UUID registrationId) {
        return ResponseEntity.ok(queries.timeline(registrationId, support.caller()));
    }

    @Override
    public ResponseEntity<Registration> updateDraft(UUID registrationId, RegistrationDraft draft) {
        return support.send(registrationId, () -> new UpdateDraftCommand(registrationId, RequestMapper.content(draft),
                support.actingAs(Role.HOLDER), support.now()));
    }

    @Override
    public ResponseEntity<Registration> attachEvidence(UUID registrationId, EvidenceAttachment attachment, String idempotencyKey) {
        Actor by = support.actingAs(Role.HOLDER);
        return support.send(registrationId, () -> new AttachEvidenceCommand(registrationId, mapper.evidence(attachment), by, support.now()));
    }

    @Override
    public ResponseEntity<Resource> downloadEvidence(UUID registrationId, String sha256) {
        Registration registration = queries.get(registrationId, support.caller());
        boolean referenced = registration.getEvidence().stream().anyMatch(e -> e.getSha256().equals(sha256))
                || registration.getObjections().stream().flatMap(o -> o.getEvidence().stream()).anyMatch(e -> e.getSha256().equals(sha256));
        if (!referenced) {
            throw new NotFound("This registration has no evidence " + sha256);
        }
        EvidenceStore.StoredFile file = evidenceStore.describe(sha256).orElseThrow(() -> new NotFound("No evidence " + sha256));
        byte[] content = evidenceStore.content(sha256).orElseThrow(() -> new NotFound("No evidence " + sha256));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(sha256)))
                .body(new ByteArrayResource(content));
    }

    @Override
    public ResponseEntity<Registration> confirmRightClaim(UUID registrationId,
                                                         org.datadeed.api.registry.model.RightConfirmation confirmation,
                                                         String idempotencyKey) {
        return support.send(registrationId, () -> new org.datadeed.registry.registration.api.ConfirmRightClaimCommand(
                registrationId, RequestMapper.convert(confirmation.getKind(), org.datadeed.registry.registration.api.RightKind.class),
                support.actingAsIdentifiedPerson(), support.now()));
    }

    @Override
    public ResponseEntity<Registration> submitApplication(UUID registrationId, String idempotencyKey) {
        return support.send(registrationId, () -> new SubmitApplicationCommand(registrationId, support.actingAs(Role.HOLDER), support.now()));
    }

    @Override
    public ResponseEntity<Registration> resubmitCorrected(UUID registrationId, Statement statement, String idempotencyKey) {
        Actor by = support.actingAs(Role.HOLDER);
        return support.send(registrationId, () -> new ResubmitCorrectedCommand(registrationId, statement.getStatement(),
                mapper.evidence(statement.getEvidence()), by, support.now()));
    }

    @Override
    public ResponseEntity<Registration> withdrawApplication(UUID registrationId, Decision decision, String idempotencyKey) {
        return support.send(registrationId, () -> new WithdrawApplicationCommand(registrationId, decision.getReason(),
                support.actingAs(Role.HOLDER), support.now()));
    }
}
