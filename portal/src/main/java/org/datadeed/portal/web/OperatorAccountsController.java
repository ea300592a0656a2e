package org.datadeed.portal.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.datadeed.client.marketplace.api.CatalogueApi;
import org.datadeed.client.marketplace.api.PricingApi;
import org.datadeed.client.marketplace.api.PublicMarketplaceApi;
import org.datadeed.client.marketplace.model.CostEntryRequest;
import org.datadeed.client.marketplace.model.CostEntryRequestAllocationsInner;
import org.datadeed.client.marketplace.model.CostLedger;
import org.datadeed.client.marketplace.model.ProductSummary;
import org.datadeed.portal.api.Calls;
import org.datadeed.portal.api.ServiceProblem;
import org.datadeed.portal.config.PortalProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.ObjectMapper;

/**
 * The operator's accounts: the cost ledger of a year (entries, by component, allocated to its products) and a new cost
 * entry with its allocation; the annual operating report, and the report and the public disclosure as downloads.
 * Always the signed-in operator's own organisation; the marketplace refuses anything else.
 */
@Controller
class OperatorAccountsController {

    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,13}(\\.[0-9]{1,2})?");
    private static final Pattern SHARE = Pattern.compile("[0-9]{1,6}");

    private final CatalogueApi catalogue;
    private final PricingApi pricing;
    private final PublicMarketplaceApi publicMarket;
    private final ObjectMapper json;
    private final MessageSource messages;
    private final ZoneId zone;
    private final Clock clock;

    OperatorAccountsController(CatalogueApi catalogue, PricingApi pricing,
                               org.datadeed.client.marketplace.ApiClient marketplaceClient, MessageSource messages,
                               PortalProperties properties, Clock clock) {
        this.catalogue = catalogue;
        this.pricing = pricing;
        this.publicMarket = new PublicMarketplaceApi(marketplaceClient);
        this.json = marketplaceClient.getObjectMapper();
        this.messages = messages;
        this.zone = properties.timeZone();
        this.clock = clock;
    }

    @GetMapping("/operator/costs")
    String costs(@RequestParam(required = false) String year, Model model) {
        String period = Years.askedOrCurrent(year, clock, zone);
        model.addAttribute("year", period);
        model.addAttribute("components", CostEntryRequest.ComponentEnum.values());
        model.addAttribute("key", Actions.newKey());
        List<ProductSummary> products = OperatorPricingController.ownProducts(catalogue);
        model.addAttribute("products", products);
        if (!Years.isYear(period)) {
            model.addAttribute(Actions.PROBLEM, ServiceProblem.refusedHere(message("operator.mar.year.invalid")));
            return "operator-costs";
        }
        String organisation = PortalAdvice.Viewer.current().organisation();
        CostLedger ledger = Calls.market(() -> pricing.listCostEntries(organisation, period));
        Map<UUID, String> names = new LinkedHashMap<>();
        products.forEach(p -> names.put(p.getProductId(), p.getName()));
        model.addAttribute("ledger", ledger);
        model.addAttribute("productNames", names);
        model.addAttribute("componentChart", BarChart.of(message("pricing.costs.chart", period), ledger.getByComponent().stream()
                .map(c -> new BarChart.Entry(message("costComponent." + c.getComponent()), OperatorController.yuan(c.getAmount())))
                .toList()));
        return "operator-costs";
    }

    @PostMapping("/operator/costs")
    String recordCost(@RequestParam(required = false) String period, @RequestParam(required = false) String component,
                      @RequestParam(required = false) String amount, @RequestParam(required = false) String description,
                      @RequestParam(name = "productId", required = false) List<UUID> productIds,
                      @RequestParam(name = "share", required = false) List<String> shares,
                      @RequestParam(required = false) String key, RedirectAttributes flash) {
        String year = period == null ? "" : period.strip();
        List<CostEntryRequestAllocationsInner> allocations = new ArrayList<>();
        boolean sharesValid = true;
        for (int i = 0; productIds != null && shares != null && i < Math.min(productIds.size(), shares.size()); i++) {
            String share = shares.get(i) == null ? "" : shares.get(i).strip();
            if (share.isEmpty()) {
                continue;
            }
            if (!SHARE.matcher(share).matches() || Integer.parseInt(share) < 1) {
                sharesValid = false;
            } else {
                allocations.add(new CostEntryRequestAllocationsInner().productId(productIds.get(i)).share(Integer.valueOf(share)));
            }
        }
        String problem = !Years.isYear(year) ? "operator.mar.year.invalid"
                : component == null || component.isBlank() ? "pricing.cost.component.missing"
                : amount == null || !AMOUNT.matcher(amount.strip()).matches() ? "pricing.cost.amount.invalid"
                : !sharesValid || allocations.isEmpty() ? "pricing.cost.shares.invalid" : null;
        String back = "redirect:/operator/costs?year=" + (Years.isYear(year) ? year : "");
        if (problem != null) {
            flash.addFlashAttribute(Actions.PROBLEM, ServiceProblem.refusedHere(message(problem)));
            return back;
        }
        CostEntryRequest request = new CostEntryRequest().period(year).component(CostEntryRequest.ComponentEnum.fromValue(component))
                .amount(amount.strip()).description(description == null || description.isBlank() ? null : description.strip())
                .allocations(allocations);
        String organisation = PortalAdvice.Viewer.current().organisation();
        Actions.run(flash, message("pricing.cost.recorded"),
                () -> Calls.market(() -> pricing.recordCost(organisation, request, Actions.keyOf(key))));
        return back;
    }

    @GetMapping("/operator/annual-report")
    String annualReport(@RequestParam(required = false) String year, Model model) {
        String period = Years.askedOrCurrent(year, clock, zone);
        model.addAttribute("year", period);
        if (!Years.isYear(period)) {
            model.addAttribute(Actions.PROBLEM, ServiceProblem.refusedHere(message("operator.mar.year.invalid")));
            return "operator-annual-report";
        }
        String organisation = PortalAdvice.Viewer.current().organisation();
        model.addAttribute("report", Calls.market(() -> pricing.getAnnualReport(organisation, Integer.valueOf(period))));
        return "operator-annual-report";
    }

    /** The annual operating report of a year, as the marketplace gives it (JSON), to file with the price authority. */
    @GetMapping("/operator/annual-report.json")
    ResponseEntity<byte[]> annualReportDownload(@RequestParam String year) {
        int period = validYear(year);
        String organisation = PortalAdvice.Viewer.current().organisation();
        return download(Calls.market(() -> pricing.getAnnualReport(organisation, period)),
                "annual-report-" + organisation.replaceAll("[^A-Za-z0-9-]", "_") + "-" + period + ".json");
    }

    /** The public disclosure of a year (every product's ceilings and actual fees), as published (JSON). */
    @GetMapping("/operator/disclosure.json")
    ResponseEntity<byte[]> disclosureDownload(@RequestParam String year) {
        int period = validYear(year);
        return download(Calls.market(() -> publicMarket.getDisclosure(period)), "disclosure-" + period + ".json");
    }

    private ResponseEntity<byte[]> download(Object document, String fileName) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document));
    }

    private int validYear(String year) {
        String period = year == null ? "" : year.strip();
        if (!Years.isYear(period)) {
            throw ServiceProblem.refusedHere(message("operator.mar.year.invalid"));
        }
        return Integer.parseInt(period);
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
