package org.datadeed.marketplace.product;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.datadeed.api.marketplace.CatalogueApi;
import org.datadeed.api.marketplace.PricingApi;
import org.datadeed.api.marketplace.model.AnnualReport;
import org.datadeed.api.marketplace.model.CostEntryRequest;
import org.datadeed.api.marketplace.model.CostLedger;
import org.datadeed.api.marketplace.model.MarTracker;
import org.datadeed.marketplace.accounts.OperatorAccounts;
import org.datadeed.api.marketplace.model.CeilingFiling;
import org.datadeed.api.marketplace.model.CeilingFilingRequest;
import org.datadeed.api.marketplace.model.ChargingUnit;
import org.datadeed.api.marketplace.model.PriceScheduleRequest;
import org.datadeed.api.marketplace.model.Product;
import org.datadeed.api.marketplace.model.ProductPage;
import org.datadeed.api.marketplace.model.ProductRightsInner;
import org.datadeed.api.marketplace.model.ProductTerms;
import org.datadeed.api.marketplace.model.UseCategory;
import org.datadeed.marketplace.catalogue.CatalogueQueries;
import org.datadeed.marketplace.config.MarketplacePolicy;
import org.datadeed.marketplace.messages.Actor;
import org.datadeed.marketplace.messages.CeilingFiledEvent;
import org.datadeed.marketplace.messages.FileCeilingCommand;
import org.datadeed.marketplace.messages.SetPriceScheduleCommand;
import org.datadeed.marketplace.messages.SetProductTermsCommand;
import org.datadeed.marketplace.web.ApiModels;
import org.datadeed.marketplace.web.MarketCommands;
import org.datadeed.platform.domain.DomainRuleViolation;
import org.datadeed.platform.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue (search, a product) and the operator's product settings: terms, ceiling filings, actual prices. */
@RestController
class ProductController implements CatalogueApi, PricingApi {

    private final CatalogueQueries catalogue;
    private final MarketCommands commands;
    private final MarketplacePolicy policy;
    private final OperatorAccounts accounts;
    private final PricesInForce inForce;

    ProductController(CatalogueQueries catalogue, MarketCommands commands, MarketplacePolicy policy,
                      OperatorAccounts accounts, PricesInForce inForce) {
        this.catalogue = catalogue;
        this.commands = commands;
        this.policy = policy;
        this.accounts = accounts;
        this.inForce = inForce;
    }

    @Override
    public ResponseEntity<ProductPage> searchProducts(String q, String industry, String scenario, UseCategory useCategory,
                                                      ChargingUnit chargingUnit, String minPrice, String maxPrice,
                                                      Boolean includeUnavailable, Integer page, Integer size) {
        commands.caller();
        return ResponseEntity.ok(catalogue.search(q, industry, scenario, useCategory, chargingUnit, minPrice, maxPrice,
                Boolean.TRUE.equals(includeUnavailable), page, size));
    }

    @Override
    public ResponseEntity<Product> getProduct(UUID productId) {
        return ResponseEntity.ok(product(catalogue.visible(productId, commands.caller())));
    }

    @Override
    public ResponseEntity<Product> setProductTerms(UUID productId, ProductTerms terms) {
        Actor by = commands.actingAs(Role.OPERATOR);
        CatalogueQueries.Entry entry = catalogue.operatedBy(productId, commands.caller());
        commands.send(new SetProductTermsCommand(productId, entry.operatorOrganisation(), ApiModels.terms(terms), by, commands.now()));
        return ResponseEntity.ok(product(catalogue.visible(productId, commands.caller())));
    }

    @Override
    public ResponseEntity<List<CeilingFiling>> listCeilingFilings(UUID productId) {
        CatalogueQueries.Entry entry = catalogue.visible(productId, commands.caller());
        requireOperatorOrRegulator(entry);
        return ResponseEntity.ok(new ArrayList<>(catalogue.filings(productId).stream().map(f -> ApiModels.filing(f, policy)).toList()));
    }

    @Override
    public ResponseEntity<CeilingFiling> fileCeiling(UUID productId, CeilingFilingRequest request, String idempotencyKey) {
        Actor by = commands.actingAs(Role.OPERATOR);
        CatalogueQueries.Entry entry = catalogue.operatedBy(productId, commands.caller());
        Instant at = commands.now();
        Instant effectiveFrom = effective(request.getEffectiveFrom(), at);
        Instant effectiveUntil = request.getEffectiveUntil() == null ? null : policy.endOf(request.getEffectiveUntil());
        UUID filingId = commands.stableId("ceiling-filing");
        commands.send(new FileCeilingCommand(productId, filingId, entry.operatorOrganisation(), request.getFilingReference(),
                request.getAuthorisingBody(), effectiveFrom, effectiveUntil, Boolean.TRUE.equals(request.getTrial()),
                ApiModels.specs(request.getCeilings()), by, at));
        CeilingFiledEvent filed = catalogue.filings(productId).stream().filter(f -> f.filingId().equals(filingId))
                .findFirst().orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED).body(ApiModels.filing(filed, policy));
    }

    /**
     * A filing takes effect at the start of its day in the marketplace's zone; one effective today takes effect now,
     * and one dated in the past is refused (it would change prices already quoted).
     */
    private Instant effective(LocalDate from, Instant now) {
        LocalDate today = policy.today(now);
        if (from.isBefore(today)) {
            throw new DomainRuleViolation("retroactive-effective-date", "A ceiling cannot take effect before it is recorded ("
                    + from + " is before " + today + ")");
        }
        return from.equals(today) ? now : from.atStartOfDay(policy.zone()).toInstant();
    }

    @Override
    public ResponseEntity<Product> setPriceSchedule(UUID productId, PriceScheduleRequest request) {
        Actor by = commands.actingAs(Role.OPERATOR);
        CatalogueQueries.Entry entry = catalogue.operatedBy(productId, commands.caller());
        commands.send(new SetPriceScheduleCommand(productId, entry.operatorOrganisation(),
                ApiModels.specs(request.getPrices()), ApiModels.discounts(request), by, commands.now()));
        return ResponseEntity.ok(product(catalogue.visible(productId, commands.caller())));
    }

    // ---------------------------------------------------------------- the operator's accounts (one contract, PricingApi)

    @Override
    public ResponseEntity<CostLedger> listCostEntries(String organisation, String period) {
        return ResponseEntity.ok(accounts.costLedger(organisation, Integer.parseInt(period)));
    }

    @Override
    public ResponseEntity<CostLedger> recordCost(String organisation, CostEntryRequest request, String idempotencyKey) {
        return ResponseEntity.status(HttpStatus.CREATED).body(accounts.recordCost(organisation, request));
    }

    @Override
    public ResponseEntity<MarTracker> getMarTracker(String organisation, String period) {
        return ResponseEntity.ok(accounts.marTracker(organisation, Integer.parseInt(period)));
    }

    @Override
    public ResponseEntity<AnnualReport> getAnnualReport(String organisation, Integer year) {
        return ResponseEntity.ok(accounts.annualReport(organisation, year));
    }

    private void requireOperatorOrRegulator(CatalogueQueries.Entry entry) {
        var caller = commands.caller();
        if (!caller.has(Role.REGULATOR) && !(caller.has(Role.OPERATOR) && entry.operatedBy(caller.organisation()))) {
            throw new org.datadeed.platform.domain.Forbidden("The filings are for the product's operator and regulators");
        }
    }

    /** The product with its rights, terms, the ceiling in force and the current prices. */
    Product product(CatalogueQueries.Entry entry) {
        Instant now = commands.now();
        Optional<String> unavailable = entry.unavailableReason(policy.today(now));
        Product product = new Product().productId(entry.productId()).name(entry.name()).description(entry.description())
                .industry(entry.industry()).scenarios(new ArrayList<>(entry.scenarios()))
                .classification(entry.classification()).personalInformation(entry.personalInformation())
                .operatorOrganisation(entry.operatorOrganisation()).operatorName(entry.operatorName())
                .certificateNumber(entry.certificateNumber()).registrationStatus(entry.registrationStatus())
                .licensable(unavailable.isEmpty()).unavailableReason(unavailable.orElse(null))
                .rights(new ArrayList<>(entry.rights().stream().map(r -> new ProductRightsInner().kind(r.kind())
                        .holderOrganisation(r.holderOrganisation()).holderName(r.holderName()).territory(r.territory())).toList()))
                .terms(entry.terms() == null ? null : ApiModels.terms(entry.terms()))
                .scheduleVersion(entry.scheduleVersion());
        inForce.ceiling(entry.productId(), now).ifPresent(product::setCeiling);
        inForce.prices(entry.productId(), now).ifPresent(product::setPrices);
        return product;
    }
}
