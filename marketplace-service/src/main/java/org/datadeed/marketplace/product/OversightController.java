package org.datadeed.marketplace.product;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.datadeed.api.marketplace.OversightApi;
import org.datadeed.api.marketplace.model.OperatorRevenueOversight;
import org.datadeed.api.marketplace.model.PricingOversight;
import org.datadeed.api.marketplace.model.ProductPriceOversight;
import org.datadeed.marketplace.accounts.OperatorAccounts;
import org.datadeed.marketplace.catalogue.CatalogueQueries;
import org.datadeed.marketplace.config.MarketplacePolicy;
import org.datadeed.marketplace.web.ApiModels;
import org.datadeed.marketplace.web.MarketCommands;
import org.datadeed.platform.domain.Forbidden;
import org.datadeed.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * The regulator's oversight of prices in one read: every listed product's actual prices beside the ceiling in force,
 * and every operator's revenue of a year against its maximum permitted revenue. Regulators only (the security chain
 * refuses other roles too).
 */
@RestController
class OversightController implements OversightApi {

    private final CatalogueQueries catalogue;
    private final MarketCommands commands;
    private final OperatorAccounts accounts;
    private final PricesInForce inForce;
    private final MarketplacePolicy policy;

    OversightController(CatalogueQueries catalogue, MarketCommands commands, OperatorAccounts accounts,
                        PricesInForce inForce, MarketplacePolicy policy) {
        this.catalogue = catalogue;
        this.commands = commands;
        this.accounts = accounts;
        this.inForce = inForce;
        this.policy = policy;
    }

    @Override
    public ResponseEntity<PricingOversight> getPricingOversight(Integer year) {
        if (!commands.caller().has(Role.REGULATOR)) {
            throw new Forbidden("The pricing oversight is for regulators");
        }
        Instant now = commands.now();
        List<ProductPriceOversight> products = new ArrayList<>();
        Map<String, String> operators = new LinkedHashMap<>();
        for (CatalogueQueries.Entry entry : catalogue.listed()) {
            products.add(new ProductPriceOversight().productId(entry.productId()).name(entry.name())
                    .operatorOrganisation(entry.operatorOrganisation()).operatorName(entry.operatorName())
                    .licensable(entry.unavailableReason(policy.today(now)).isEmpty())
                    .ceiling(inForce.ceiling(entry.productId(), now).orElse(null))
                    .prices(inForce.prices(entry.productId(), now).orElse(null))
                    .scheduleVersion(entry.scheduleVersion()));
            operators.putIfAbsent(entry.operatorOrganisation(), entry.operatorName());
        }
        List<OperatorRevenueOversight> revenue = new ArrayList<>();
        operators.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(operator -> revenue.add(
                new OperatorRevenueOversight().organisation(operator.getKey()).operatorName(operator.getValue())
                        .mar(accounts.marTracker(operator.getKey(), year))));
        return ResponseEntity.ok(new PricingOversight().year(year).asOf(ApiModels.utc(now)).products(products)
                .operators(revenue));
    }
}
