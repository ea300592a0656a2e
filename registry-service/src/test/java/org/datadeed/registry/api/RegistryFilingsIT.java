package org.datadeed.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.datadeed.registry.api.Fixtures.*;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.datadeed.client.registry.ApiClient;
import org.datadeed.client.registry.ApiException;
import org.datadeed.client.registry.api.FilingsApi;
import org.datadeed.client.registry.api.PublicApi;
import org.datadeed.client.registry.api.RegistrarActionsApi;
import org.datadeed.client.registry.api.RegistrationsApi;
import org.datadeed.client.registry.api.ReviewApi;
import org.datadeed.client.registry.model.*;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What happens after registration, through the API: filings, their review, registrar actions, verification. */
class RegistryFilingsIT {

    private static RegistryTestStack stack;
    private static ApiClient holderA;
    private static ApiClient holderB;
    private static ApiClient reviewer;

    @BeforeAll
    static void start() throws IOException {
        stack = RegistryTestStack.get();
        holderA = stack.as("holder-a");
        holderB = stack.as("holder-b");
        reviewer = stack.as("reviewer");
    }

    @Test
    void anApprovedTransferMovesTheRightAndTheTransfereeCanReadTheRegistration() throws Exception {
        Registration registration = registered(stack, holderA, reviewer);
        UUID id = registration.getRegistrationId();
        Registration filed = new FilingsApi(holderA).fileTransfer(id, new TransferFiling().right(RightKind.OPERATION)
                .transfereeOrganisation("org-b").transfereeName("Holder B Analytics").reason("Sale of the operation right")
                .evidence(List.of(evidence(holderA, EvidenceKind.TRANSFER_CONTRACT))), key());
        Filing filing = pending(filed);
        assertThat(filing.getType()).isEqualTo(RegistrationType.TRANSFER);

        assertThatThrownBy(() -> new RegistrationsApi(holderB).getRegistration(id))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
        Registration approved = new FilingsApi(reviewer).approveFiling(id, filing.getFilingId(),
                new Decision().reason("Contract verified"), key());
        assertThat(approved.getRights()).filteredOn(r -> r.getKind() == RightKind.OPERATION).singleElement()
                .extracting(Right::getHolderOrganisation).isEqualTo("org-b");
        assertThat(approved.getCertificate().getVersion()).isEqualTo(2);
        assertThat(new RegistrationsApi(holderB).getRegistration(id).getRegistrationId()).isEqualTo(id);

        Verification verification = new PublicApi(stack.anonymous()).verifyCertificate(approved.getCertificate().getNumber());
        assertThat(verification.getStatusFlags()).contains(VerificationStatus.TRANSFERRED);
        assertThat(verification.getCertificateVersion()).isEqualTo(2);
    }

    @Test
    void aPledgedRegistrationCannotBeCancelledUntilThePledgeeReleasesIt() throws Exception {
        Registration registration = registered(stack, holderA, reviewer);
        UUID id = registration.getRegistrationId();
        FilingsApi holderFilings = new FilingsApi(holderA);
        Registration pledgeFiled = holderFilings.filePledge(id, new PledgeFiling().right(RightKind.HOLDING)
                .pledgeeOrganisation("org-b").pledgeeName("Holder B Analytics").securedAmount("1500000.00")
                .currency("CNY").term(new Term().from(LocalDate.of(2026, 4, 1)).until(LocalDate.of(2027, 3, 31)))
                .reason("Loan security").evidence(List.of(evidence(holderA, EvidenceKind.PLEDGE_CONTRACT))), key());
        Registration pledged = new FilingsApi(reviewer).approveFiling(id, pending(pledgeFiled).getFilingId(),
                new Decision().reason("Pledge contract in order"), key());
        UUID pledgeId = pledged.getRights().stream().filter(r -> r.getKind() == RightKind.HOLDING).findFirst()
                .orElseThrow().getPledges().get(0).getPledgeId();
        assertThat(new PublicApi(stack.anonymous()).verifyCertificate(pledged.getCertificate().getNumber())
                .getStatusFlags()).contains(VerificationStatus.PLEDGED);

        assertThatThrownBy(() -> holderFilings.fileCancellation(id, new SimpleFiling().reason("Dataset retired"), key()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getResponseBody()).contains("https://datadeed.org/problems/right-pledged");
                });

        Registration releaseFiled = new FilingsApi(holderB).filePledgeRelease(id, new PledgeReleaseFiling()
                .pledgeId(pledgeId).reason("Loan repaid")
                .evidence(List.of(evidence(holderB, EvidenceKind.PLEDGE_RELEASE_CERTIFICATE))), key());
        new FilingsApi(reviewer).approveFiling(id, pending(releaseFiled).getFilingId(), new Decision().reason("Released"), key());

        Registration cancellationFiled = holderFilings.fileCancellation(id, new SimpleFiling().reason("Dataset retired"), key());
        Registration cancelled = new FilingsApi(reviewer).approveFiling(id, pending(cancellationFiled).getFilingId(),
                new Decision().reason("Voluntary cancellation"), key());
        assertThat(cancelled.getStatus()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(new PublicApi(stack.anonymous()).verifyCertificate(cancelled.getCertificate().getNumber()).getStatus())
                .isEqualTo(VerificationStatus.CANCELLED);
    }

    @Test
    void aFrozenRegistrationTakesNoFilingUntilItIsUnfrozen() throws Exception {
        Registration registration = registered(stack, holderA, reviewer);
        UUID id = registration.getRegistrationId();
        OrderDecision order = new OrderDecision().orderReference("(2026) Zhe 0106 Min Chu 123")
                .issuingAuthority("Hangzhou Xihu District People's Court").reason("Property preservation");
        Registration frozen = new RegistrarActionsApi(reviewer).freezeRegistration(id, order, key());
        assertThat(frozen.getStatus()).isEqualTo(RegistrationStatus.FROZEN);
        assertThat(new PublicApi(stack.anonymous()).verifyCertificate(frozen.getCertificate().getNumber()).getStatus())
                .isEqualTo(VerificationStatus.FROZEN);

        assertThatThrownBy(() -> new FilingsApi(holderA).fileChange(id, new ChangeFiling().reason("New frequency")
                .updateFrequency("hourly"), key()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(409));

        Registration unfrozen = new RegistrarActionsApi(reviewer).unfreezeRegistration(id, order.reason("Order lifted"), key());
        assertThat(unfrozen.getStatus()).isEqualTo(RegistrationStatus.REGISTERED);
        Registration changeFiled = new FilingsApi(holderA).fileChange(id, new ChangeFiling().reason("New frequency")
                .updateFrequency("hourly"), key());
        Registration changed = new FilingsApi(reviewer).approveFiling(id, pending(changeFiled).getFilingId(),
                new Decision().reason("Change accepted"), key());
        assertThat(changed.getUpdateFrequency()).isEqualTo("hourly");
    }

    @Test
    void theReviewQueueShowsWorkWithWorkingDayDeadlinesToReviewersOnly() throws Exception {
        Registration draft = draftWithEvidence(holderA, "Queued " + UUID.randomUUID());
        new RegistrationsApi(holderA).submitApplication(draft.getRegistrationId(), key());
        ReviewQueuePage queue = new ReviewApi(reviewer).getReviewQueue(ReviewStage.ACCEPTANCE, null, null, 0, 200);
        assertThat(queue.getItems()).filteredOn(i -> i.getRegistrationId().equals(draft.getRegistrationId()))
                .singleElement().satisfies(item -> {
                    assertThat(item.getDueOn()).isAfter(item.getSince().toLocalDate());
                    assertThat(item.getWorkingDaysLeft()).isBetween(0, 10);
                    assertThat(item.getHolderName()).as("the registered name, not the id").isEqualTo("Holder A Data Co.");
                });
        assertThat(new RegistrationsApi(holderA).getRegistration(draft.getRegistrationId()).getHolderName())
                .isEqualTo("Holder A Data Co.");
        assertThat(new RegistrationsApi(reviewer).searchRegistrations(draft.getName(), null, null, null, null, null, null, 0, 5, null)
                .getItems()).singleElement().satisfies(summary -> assertThat(summary.getHolderName()).isEqualTo("Holder A Data Co."));
        assertThatThrownBy(() -> new ReviewApi(holderA).getReviewQueue(null, null, null, 0, 20))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(403));
    }

    @Test
    void searchFiltersSortsAndPages() throws Exception {
        String industry = "industry-" + UUID.randomUUID();
        RegistrationsApi api = new RegistrationsApi(holderA);
        for (String name : List.of("Gamma set", "Alpha set", "Beta set")) {
            api.createDraft(draft(name).industry(industry), key());
        }
        RegistrationPage firstPage = api.searchRegistrations(null, null, List.of(RegistrationStatus.DRAFT), null, null,
                industry, null, 0, 2, "name,asc");
        assertThat(firstPage.getTotalItems()).isEqualTo(3);
        assertThat(firstPage.getItems()).extracting(RegistrationSummary::getName).containsExactly("Alpha set", "Beta set");
        RegistrationPage secondPage = api.searchRegistrations(null, null, null, null, null, industry, null, 1, 2, "name,asc");
        assertThat(secondPage.getItems()).extracting(RegistrationSummary::getName).containsExactly("Gamma set");
        assertThat(api.searchRegistrations("Beta", null, null, null, null, industry, null, 0, 20, null).getItems())
                .extracting(RegistrationSummary::getName).containsExactly("Beta set");
        assertThatThrownBy(() -> api.searchRegistrations(null, null, null, null, null, null, null, 0, 20, "drop table"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(400));
    }

    private static Filing pending(Registration registration) {
        return registration.getFilings().stream().filter(f -> f.getStatus() == Filing.StatusEnum.PENDING)
                .findFirst().orElseThrow();
    }
}
