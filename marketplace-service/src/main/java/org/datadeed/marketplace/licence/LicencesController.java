package org.datadeed.marketplace.licence;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.datadeed.api.marketplace.LicencesApi;
import org.datadeed.api.marketplace.model.Licence;
import org.datadeed.api.marketplace.model.LicenceApplication;
import org.datadeed.api.marketplace.model.LicenceDocument;
import org.datadeed.api.marketplace.model.LicencePage;
import org.datadeed.api.marketplace.model.LicenceStatus;
import org.datadeed.api.marketplace.model.Reason;
import org.datadeed.api.marketplace.model.RenewalRequest;
import org.datadeed.marketplace.catalogue.CatalogueQueries;
import org.datadeed.marketplace.messages.Actor;
import org.datadeed.marketplace.messages.ApplyForLicenceCommand;
import org.datadeed.marketplace.messages.ApproveLicenceCommand;
import org.datadeed.marketplace.messages.QuoteFacts;
import org.datadeed.marketplace.messages.QuoteIssuedEvent;
import org.datadeed.marketplace.messages.RejectLicenceCommand;
import org.datadeed.marketplace.messages.RenewLicenceCommand;
import org.datadeed.marketplace.messages.RequesterFacts;
import org.datadeed.marketplace.messages.ResumeLicenceCommand;
import org.datadeed.marketplace.messages.RevokeLicenceCommand;
import org.datadeed.marketplace.messages.SuspendLicenceCommand;
import org.datadeed.marketplace.messages.TerminateLicenceCommand;
import org.datadeed.marketplace.quote.QuoteQueries;
import org.datadeed.marketplace.web.MarketCommands;
import org.datadeed.platform.domain.IllegalTransition;
import org.datadeed.platform.security.Caller;
import org.datadeed.platform.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * The licence workflow over HTTP. The controller gathers the facts (the caller, the catalogue, the quote) and checks
 * the caller may see the licence at all; the {@link org.datadeed.marketplace.licence.Licence} aggregate decides.
 */
@RestController
class LicencesController implements LicencesApi {

    private final MarketCommands commands;
    private final CatalogueQueries catalogue;
    private final QuoteQueries quotes;
    private final LicenceQueries licences;
    private final LicenceSigner signer;

    LicencesController(MarketCommands commands, CatalogueQueries catalogue, QuoteQueries quotes,
                       LicenceQueries licences, LicenceSigner signer) {
        this.commands = commands;
        this.catalogue = catalogue;
        this.quotes = quotes;
        this.licences = licences;
        this.signer = signer;
    }

    @Override
    public ResponseEntity<Licence> applyForLicence(LicenceApplication application, String idempotencyKey) {
        Actor by = commands.actingAs(Role.ENTERPRISE);
        Caller caller = commands.caller();
        QuoteQueries.Visible quote = quotes.visibleWithUse(application.getQuoteId(), caller);
        CatalogueQueries.Entry product = catalogue.visible(quote.quote().productId(), caller);
        UUID licenceId = commands.stableId("licence");
        commands.send(new ApplyForLicenceCommand(licenceId, application.getScenario(), application.getPurpose(),
                application.getDeliveryCountry(), application.getCrossBorderAssessmentSha256(),
                application.getEligibilityEvidenceSha256(), requester(caller), catalogue.facts(product),
                facts(quote), by, commands.now()));
        return ResponseEntity.status(HttpStatus.CREATED).body(licences.get(licenceId, caller));
    }

    private static RequesterFacts requester(Caller caller) {
        return new RequesterFacts(caller.organisation(), caller.organisationName(), caller.has(Role.ENTERPRISE));
    }

    private static QuoteFacts facts(QuoteQueries.Visible visible) {
        QuoteIssuedEvent quote = visible.quote();
        return new QuoteFacts(quote.quoteId(), quote.requesterOrganisation(), quote.productId(), quote.useCategory(),
                quote.scenario(), quote.total(), quote.months(), quote.validUntil(), quote.eligibilityReviewRequired(),
                visible.usedBy());
    }

    @Override
    public ResponseEntity<Licence> getLicence(UUID licenceId) {
        return ResponseEntity.ok(licences.get(licenceId, commands.caller()));
    }

    @Override
    public ResponseEntity<LicencePage> searchLicences(LicenceStatus status, UUID productId, Integer page, Integer size) {
        return ResponseEntity.ok(licences.search(commands.caller(), status, productId, page, size));
    }

    @Override
    public ResponseEntity<Licence> approveLicence(UUID licenceId, Reason reason, String idempotencyKey) {
        return change(licenceId, (by, at) -> new ApproveLicenceCommand(licenceId, reason.getReason(), by, at), Role.OPERATOR);
    }

    @Override
    public ResponseEntity<Licence> rejectLicence(UUID licenceId, Reason reason, String idempotencyKey) {
        return change(licenceId, (by, at) -> new RejectLicenceCommand(licenceId, reason.getReason(), by, at), Role.OPERATOR);
    }

    @Override
    public ResponseEntity<Licence> suspendLicence(UUID licenceId, Reason reason, String idempotencyKey) {
        return change(licenceId, (by, at) -> new SuspendLicenceCommand(licenceId, reason.getReason(), by, at), Role.OPERATOR);
    }

    @Override
    public ResponseEntity<Licence> resumeLicence(UUID licenceId, Reason reason, String idempotencyKey) {
        return change(licenceId, (by, at) -> new ResumeLicenceCommand(licenceId, reason.getReason(), by, at), Role.OPERATOR);
    }

    @Override
    public ResponseEntity<Licence> revokeLicence(UUID licenceId, Reason reason, String idempotencyKey) {
        return change(licenceId, (by, at) -> new RevokeLicenceCommand(licenceId, reason.getReason(), by, at),
                Role.OPERATOR, Role.REGULATOR);
    }

    @Override
    public ResponseEntity<Licence> terminateLicence(UUID licenceId, Reason reason, String idempotencyKey) {
        return change(licenceId, (by, at) -> new TerminateLicenceCommand(licenceId, reason.getReason(), by, at), Role.ENTERPRISE);
    }

    @Override
    public ResponseEntity<Licence> renewLicence(UUID licenceId, RenewalRequest request, String idempotencyKey) {
        Caller caller = commands.caller();
        licences.visibleParties(licenceId, caller);
        Actor by = commands.actingAs(Role.ENTERPRISE);
        QuoteQueries.Visible quote = quotes.visibleWithUse(request.getQuoteId(), caller);
        CatalogueQueries.Entry product = catalogue.visible(quote.quote().productId(), caller);
        commands.send(new RenewLicenceCommand(licenceId, request.getReason(), requester(caller), catalogue.facts(product),
                facts(quote), by, commands.now()));
        return ResponseEntity.ok(licences.get(licenceId, caller));
    }

    @Override
    public ResponseEntity<LicenceDocument> getLicenceDocument(UUID licenceId) {
        LicenceQueries.Parties parties = licences.visibleParties(licenceId, commands.caller());
        if (parties.jws() == null) {
            throw new IllegalTransition(org.datadeed.marketplace.licence.LicenceStatus.valueOf(parties.status()),
                    "read the signed licence (none was issued)");
        }
        Map<String, Object> claims = signer.verify(parties.jws()).orElseThrow(() ->
                new IllegalStateException("the stored licence " + licenceId + " does not verify with the licence key"));
        return ResponseEntity.ok(new LicenceDocument().jws(parties.jws()).sha256(LicenceSigner.sha256(parties.jws()))
                .claims(claims));
    }

    /** Checks the caller may see the licence (404), decides the role it acts in, and sends the command. */
    private ResponseEntity<Licence> change(UUID licenceId, java.util.function.BiFunction<Actor, Instant, Object> command,
                                           Role... roles) {
        Caller caller = commands.caller();
        licences.visibleParties(licenceId, caller);
        commands.send(command.apply(commands.actingAs(roles), commands.now()));
        return ResponseEntity.ok(licences.get(licenceId, caller));
    }
}
