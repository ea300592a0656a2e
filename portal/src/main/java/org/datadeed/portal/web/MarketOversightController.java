package org.datadeed.portal.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.datadeed.client.marketplace.api.OversightApi;
import org.datadeed.client.marketplace.model.OperatorRevenueOversight;
import org.datadeed.client.marketplace.model.PriceLine;
import org.datadeed.client.marketplace.model.PricingOversight;
import org.datadeed.client.marketplace.model.ProductPriceOversight;
import org.datadeed.portal.api.Calls;
import org.datadeed.portal.api.ServiceProblem;
import org.datadeed.portal.config.PortalProperties;
import org.datadeed.portal.format.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The regulator's market dashboard, from the marketplace's pricing oversight (one read): each product's actual unit
 * prices against the ceiling in force, and each operator's revenue of a year against its maximum permitted revenue.
 */
@Controller
class MarketOversightController {


    /** One priced item of a product: the actual price beside the ceiling's, for the same charging unit. */
    record PriceRow(String product, String operator, String unit, String actual, String ceiling, boolean aboveCeiling) {
    }

    private final OversightApi oversight;
    private final MessageSource messages;
    private final Formats formats;
    private final ZoneId zone;
    private final Clock clock;

    MarketOversightController(org.datadeed.client.marketplace.ApiClient marketplaceClient, MessageSource messages,
                              Formats formats, PortalProperties properties, Clock clock) {
        this.oversight = new OversightApi(marketplaceClient);
        this.messages = messages;
        this.formats = formats;
        this.zone = properties.timeZone();
        this.clock = clock;
    }

    @GetMapping("/audit/market")
    String market(@RequestParam(required = false) String year, Model model) {
        String period = Years.askedOrCurrent(year, clock, zone);
        model.addAttribute("year", period);
        if (!Years.isYear(period)) {
            model.addAttribute(Actions.PROBLEM, ServiceProblem.refusedHere(message("operator.mar.year.invalid")));
            return "audit-market";
        }
        PricingOversight found = Calls.market(() -> oversight.getPricingOversight(Integer.valueOf(period)));
        List<PriceRow> rows = priceRows(found.getProducts());
        model.addAttribute("oversight", found);
        model.addAttribute("priceRows", rows);
        model.addAttribute("priceChart", ComparisonChart.of(message("oversight.prices.chart"),
                List.of(message("market.actualPrice"), message("market.ceiling")),
                rows.stream().filter(r -> r.actual() != null || r.ceiling() != null)
                        .map(r -> new ComparisonChart.Entry(r.product() + " · " + r.unit(),
                                java.util.Arrays.asList(decimal(r.actual()), decimal(r.ceiling())))).toList(),
                true, price -> "¥" + price.toPlainString()));
        model.addAttribute("revenueChart", ComparisonChart.of(message("oversight.revenue.chart", period),
                List.of(message("operator.mar.mar"), message("operator.mar.revenue")),
                found.getOperators().stream().map(o -> new ComparisonChart.Entry(operatorName(o),
                        List.of(new BigDecimal(o.getMar().getMar()), new BigDecimal(o.getMar().getRevenue())))).toList(),
                false, amount -> formats.amount(amount.toPlainString(), "CNY")));
        return "audit-market";
    }

    /** Per product and charging unit: the actual price and the ceiling's (either may be missing). */
    private List<PriceRow> priceRows(List<ProductPriceOversight> products) {
        List<PriceRow> rows = new ArrayList<>();
        for (ProductPriceOversight product : products) {
            List<PriceLine> ceilings = product.getCeiling() == null ? List.of() : product.getCeiling().getCeilings();
            List<PriceLine> actual = product.getPrices() == null ? List.of() : product.getPrices().getPrices();
            String operator = product.getOperatorName() == null ? product.getOperatorOrganisation() : product.getOperatorName();
            List<String> units = new ArrayList<>();
            ceilings.forEach(l -> units.add(l.getUnit().getValue()));
            actual.stream().map(l -> l.getUnit().getValue()).filter(u -> !units.contains(u)).forEach(units::add);
            if (units.isEmpty()) {
                rows.add(new PriceRow(product.getName(), operator, "—", null, null, false));
            }
            for (String unit : units) {
                String price = priceOf(actual, unit);
                String ceiling = priceOf(ceilings, unit);
                rows.add(new PriceRow(product.getName(), operator, message("chargingUnit." + unit), price, ceiling,
                        price != null && ceiling != null && new BigDecimal(price).compareTo(new BigDecimal(ceiling)) > 0));
            }
        }
        return rows;
    }

    private static String priceOf(List<PriceLine> lines, String unit) {
        return lines.stream().filter(l -> l.getUnit().getValue().equals(unit)).map(PriceLine::getPrice).findFirst().orElse(null);
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static String operatorName(OperatorRevenueOversight operator) {
        return operator.getOperatorName() == null ? operator.getOrganisation() : operator.getOperatorName();
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
