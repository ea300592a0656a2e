package org.datadeed.registry.registration.web;

import java.math.BigDecimal;
import java.util.UUID;

import org.datadeed.api.registry.FilingsApi;
import org.datadeed.api.registry.model.ChangeFiling;
import org.datadeed.api.registry.model.Decision;
import org.datadeed.api.registry.model.LicenceFiling;
import org.datadeed.api.registry.model.PledgeFiling;
import org.datadeed.api.registry.model.PledgeReleaseFiling;
import org.datadeed.api.registry.model.Refusal;
import org.datadeed.api.registry.model.Registration;
import org.datadeed.api.registry.model.SimpleFiling;
import org.datadeed.api.registry.model.TransferFiling;
import org.datadeed.platform.security.Caller;
import org.datadeed.platform.security.Role;
import org.datadeed.registry.registration.api.*;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Filings after registration by the holders of rights (and pledgees), decided by the registrar. */
@RestController
class FilingsController implements FilingsApi {

    private final CommandSupport support;
    private final RequestMapper mapper;

    FilingsController(CommandSupport support, RequestMapper mapper) {
        this.support = support;
        this.mapper = mapper;
    }

    private UUID filingId() {
        Caller caller = support.caller();
        return CommandSupport.stableId("filing", caller);
    }

    @Override
    public ResponseEntity<Registration> fileChange(UUID registrationId, ChangeFiling filing, String idempotencyKey) {
        Actor by = support.actingAs(Role.HOLDER);
        return support.send(registrationId, () -> new FileChangeCommand(registrationId, filingId(), RequestMapper.change(filing),
                mapper.evidence(filing.getEvidence()), filing.getReason(), by, support.now()));
    }

    @Override
    public ResponseEntity<Registration> fileCorrection(UUID registrationId, ChangeFiling filing, String idempotencyKey) {
        Actor by = support.actingAs(Role.HOLDER);
        return support.send(registrationId, () -> new FileCorrectionCommand(registrationId, filingId(), RequestMapper.change(filing),
                mapper.evidence(filing.getEvidence()), filing.getReason(), by, support.now()));
    }

    @Override
    public ResponseEntity<Registration> fileTransfer(UUID registrationId, TransferFiling filing, String idempotencyKey) {
        Actor by = support.actingAs(Role.HOLDER);
        return support.send(registrationId, () -> new FileTransferCommand(registrationId, filingId(),
                RequestMapper.convert(filing.getRight(), RightKind.class), filing.getTransfereeOrganisation(),
                filing.getTransfereeName(), mapper.evidence(filing.getEvidence()), filing.getReason(), by, support.now()));
    }

    @Override
    public ResponseEntity<Registration> fileLicence(UUID registrationId, LicenceFiling filing, String idempotencyKey) {
        Actor by = support.actingAs(Role.HOLDER);
        return support.send(registrationId, () -> new FileLicenceCommand(registrationId, filingId(),
                RequestMapper.convert(filing.getRight(), RightKind.class), filing.getLicenseeOrganisation(),
                filing.getLicenseeName(), filing.getScope(), RequestMapper.term(filing.getTerm()), filing.getTerritory(),
                Boolean.TRUE.equals(filing.getExclusive()), mapper.evidence(filing.getEvidence()), filing.getReason(), by,
                support.now()));
    }

    @Override
    public ResponseEntity<Registration> filePledge(UUID registrationId, PledgeFiling filing, String idempotencyKey) {
        Actor by = support.actingAs(Role.HOLDER);
        return support.send(registrationId, () -> new FilePledgeCommand(registrationId, filingId(),
                RequestMapper.convert(filing.getRight(), RightKind.class), filing.getPledgeeOrganisation(),
                filing.getPledgeeName(), new BigDecimal(filing.getSecuredAmount()), filing.getCurrency(),
                RequestMapper.term(filing.getTerm()), mapper.evidence(filing.getEvidence()), filing.getReason(), by,
                support.now()));
    }

    @Override
    public ResponseEntity<Registration> filePledgeRelease(UUID registrationId, PledgeReleaseFiling filing, String idempotencyKey) {
        Actor by = support.actingAs(Role.HOLDER, Role.ENTERPRISE, Role.OPERATOR);
        return support.send(registrationId, () -> new FilePledgeReleaseCommand(registrationId, filingId(), filing.getPledgeId(),
                mapper.evidence(filing.getEvidence()), filing.getReason(), by, support.now()));
    }

    @Override
    public ResponseEntity<Registration> fileRenewal(UUID registrationId, SimpleFiling filing, String idempotencyKey) {
        Actor by = support.actingAs(Role.HOLDER);
        return support.send(registrationId, () -> new FileRenewalCommand(registrationId, filingId(),
                mapper.evidence(filing.getEvidence()), filing.getReason(), by, support.now()));
    }

    @Override
    public ResponseEntity<Registration> fileCancellation(UUID registrationId, SimpleFiling filing, String idempotencyKey) {
        Actor by = support.actingAs(Role.HOLDER);
        return support.send(registrationId, () -> new FileCancellationCommand(registrationId, filingId(),
                mapper.evidence(filing.getEvidence()), filing.getReason(), by, support.now()));
    }

    @Override
    public ResponseEntity<Registration> approveFiling(UUID registrationId, UUID filingId, Decision decision, String idempotencyKey) {
        return support.send(registrationId, () -> new ApproveFilingCommand(registrationId, filingId, decision.getReason(),
                support.actingAs(Role.REVIEWER), support.now()));
    }

    @Override
    public ResponseEntity<Registration> rejectFiling(UUID registrationId, UUID filingId, Refusal refusal, String idempotencyKey) {
        return support.send(registrationId, () -> new RejectFilingCommand(registrationId, filingId,
                RequestMapper.convert(refusal.getGrounds(), RefusalGrounds.class), refusal.getReason(),
                support.actingAs(Role.REVIEWER), support.now()));
    }

    @Override
    public ResponseEntity<Registration> withdrawFiling(UUID registrationId, UUID filingId, Decision decision, String idempotencyKey) {
        return support.send(registrationId, () -> new WithdrawFilingCommand(registrationId, filingId, decision.getReason(),
                support.actingAs(Role.HOLDER, Role.ENTERPRISE, Role.OPERATOR), support.now()));
    }
}
