package org.datadeed.portal.web;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.datadeed.client.marketplace.api.CatalogueApi;
import org.datadeed.client.marketplace.api.LicencesApi;
import org.datadeed.client.marketplace.api.QuotesApi;
import org.datadeed.client.marketplace.api.UsageApi;
import org.datadeed.client.marketplace.model.ChargingUnit;
import org.datadeed.client.marketplace.model.Licence;
import org.datadeed.client.marketplace.model.LicenceApplication;
import org.datadeed.client.marketplace.model.LicenceUsage;
import org.datadeed.client.marketplace.model.Quote;
import org.datadeed.client.marketplace.model.QuoteRequest;
import org.datadeed.client.marketplace.model.Reason;
import org.datadeed.client.marketplace.model.UseCategory;
import org.datadeed.portal.api.Calls;
import org.datadeed.portal.api.ServiceProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The enterprise's marketplace: the catalogue with its facets, a product with its terms and prices, a binding quote,
 * the application on it (with the automatic checks' results), and the enterprise's licences with their usage.
 */
@Controller
class MarketController {

    private static final int PAGE_SIZE = 20;
    private static final Pattern PRICE = Pattern.compile("[0-9]{1,13}(\\.[0-9]{1,6})?");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,12}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern GIGABYTES = Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,3})?");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final CatalogueApi catalogue;
    private final QuotesApi quotes;
    private final LicencesApi licences;
    private final UsageApi usage;
    private final MessageSource messages;

    MarketController(CatalogueApi catalogue, QuotesApi quotes, LicencesApi licences, UsageApi usage, MessageSource messages) {
        this.catalogue = catalogue;
        this.quotes = quotes;
        this.licences = licences;
        this.usage = usage;
        this.messages = messages;
    }

    @GetMapping("/market")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String industry,
                  @RequestParam(required = false) String scenario, @RequestParam(required = false) UseCategory useCategory,
                  @RequestParam(required = false) ChargingUnit chargingUnit, @RequestParam(required = false) String minPrice,
                  @RequestParam(required = false) String maxPrice, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("industry", industry);
        model.addAttribute("scenario", scenario);
        model.addAttribute("useCategory", useCategory);
        model.addAttribute("chargingUnit", chargingUnit);
        model.addAttribute("minPrice", minPrice);
        model.addAttribute("maxPrice", maxPrice);
        String low = blankToNull(minPrice);
        String high = blankToNull(maxPrice);
        if ((low != null && !PRICE.matcher(low).matches()) || (high != null && !PRICE.matcher(high).matches())) {
            model.addAttribute(Actions.PROBLEM, ServiceProblem.refusedHere(message("market.price.invalid")));
            return "market-catalogue";
        }
        int pageNumber = Math.max(0, page);
        model.addAttribute("products", Calls.market(() -> catalogue.searchProducts(blankToNull(q), blankToNull(industry),
                blankToNull(scenario), useCategory, chargingUnit, low, high, false, pageNumber, PAGE_SIZE)));
        return "market-catalogue";
    }

    @GetMapping("/market/products/{id}")
    String product(@PathVariable UUID id, Model model) {
        model.addAttribute("product", Calls.market(() -> catalogue.getProduct(id)));
        model.addAttribute("key", Actions.newKey());
        return "market-product";
    }

    @PostMapping("/market/products/{id}/quotes")
    String quote(@PathVariable UUID id, @RequestParam(required = false) UseCategory useCategory,
                 @RequestParam(required = false) String scenario, @RequestParam(required = false) String purpose,
                 @RequestParam(required = false) String months, @RequestParam(required = false) String calls,
                 @RequestParam(required = false) String gigabytes, @RequestParam(required = false) String thousandRecords,
                 @RequestParam(defaultValue = "false") boolean sme, @RequestParam(defaultValue = "false") boolean research,
                 @RequestParam(required = false) String key, RedirectAttributes flash) {
        String problem = useCategory == null ? "market.quote.useCategory.missing"
                : !wholeNumberOrBlank(months) ? "market.quote.months.invalid"
                : !wholeNumberOrBlank(calls) || !wholeNumberOrBlank(thousandRecords) ? "market.quote.calls.invalid"
                : blankToNull(gigabytes) != null && !GIGABYTES.matcher(gigabytes.strip()).matches() ? "market.quote.gigabytes.invalid"
                : null;
        if (problem != null) {
            flash.addFlashAttribute(Actions.PROBLEM, ServiceProblem.refusedHere(message(problem)));
            return "redirect:/market/products/" + id;
        }
        QuoteRequest request = new QuoteRequest().productId(id).useCategory(useCategory).scenario(scenario).purpose(purpose)
                .months(blankToNull(months) == null ? null : Integer.valueOf(months.strip()))
                .calls(blankToNull(calls) == null ? null : Long.valueOf(calls.strip()))
                .gigabytes(blankToNull(gigabytes) == null ? null : Double.valueOf(gigabytes.strip()))
                .thousandRecords(blankToNull(thousandRecords) == null ? null : Long.valueOf(thousandRecords.strip()))
                .sme(sme).research(research);
        Quote[] quoted = new Quote[1];
        if (!Actions.run(flash, message("market.quote.issued"),
                () -> quoted[0] = Calls.market(() -> quotes.requestQuote(request, Actions.keyOf(key))))) {
            return "redirect:/market/products/" + id;
        }
        return "redirect:/market/quotes/" + quoted[0].getQuoteId();
    }

    @GetMapping("/market/quotes/{id}")
    String quote(@PathVariable UUID id, Model model) {
        Quote quote = Calls.market(() -> quotes.getQuote(id));
        model.addAttribute("quote", quote);
        model.addAttribute("product", Calls.market(() -> catalogue.getProduct(quote.getProductId())));
        model.addAttribute("key", Actions.newKey());
        return "market-quote";
    }

    @PostMapping("/market/quotes/{id}/licence")
    String apply(@PathVariable UUID id, @RequestParam(required = false) String scenario,
                 @RequestParam(required = false) String purpose, @RequestParam(required = false) String deliveryCountry,
                 @RequestParam(required = false) String crossBorderAssessmentSha256,
                 @RequestParam(required = false) String eligibilityEvidenceSha256,
                 @RequestParam(required = false) String key, RedirectAttributes flash) {
        String country = deliveryCountry == null ? "" : deliveryCountry.strip().toUpperCase(java.util.Locale.ROOT);
        String assessment = sha256OrNull(crossBorderAssessmentSha256);
        String eligibility = sha256OrNull(eligibilityEvidenceSha256);
        String problem = !COUNTRY.matcher(country).matches() ? "market.apply.country.invalid"
                : (assessment != null && !SHA256.matcher(assessment).matches())
                        || (eligibility != null && !SHA256.matcher(eligibility).matches()) ? "market.apply.sha256.invalid" : null;
        if (problem != null) {
            flash.addFlashAttribute(Actions.PROBLEM, ServiceProblem.refusedHere(message(problem)));
            return "redirect:/market/quotes/" + id;
        }
        LicenceApplication application = new LicenceApplication().quoteId(id).scenario(scenario).purpose(purpose)
                .deliveryCountry(country).crossBorderAssessmentSha256(assessment).eligibilityEvidenceSha256(eligibility);
        Licence[] applied = new Licence[1];
        if (!Actions.run(flash, message("market.apply.recorded"),
                () -> applied[0] = Calls.market(() -> licences.applyForLicence(application, Actions.keyOf(key))))) {
            return "redirect:/market/quotes/" + id;
        }
        return "redirect:/market/licences/" + applied[0].getLicenceId();
    }

    @GetMapping("/market/licences")
    String licences(@RequestParam(defaultValue = "0") int page, Model model) {
        int pageNumber = Math.max(0, page);
        model.addAttribute("licences", Calls.market(() -> licences.searchLicences(null, null, pageNumber, PAGE_SIZE)));
        return "market-licences";
    }

    @GetMapping("/market/licences/{id}")
    String licence(@PathVariable UUID id, Model model) {
        Licence licence = Calls.market(() -> licences.getLicence(id));
        LicenceUsage used = Calls.market(() -> usage.getLicenceUsage(id));
        model.addAttribute("licence", licence);
        model.addAttribute("usage", used);
        if (used.getMaxCallsPerMonth() != null) {
            model.addAttribute("usageChart", BarChart.of(message("market.usage.chart", used.getPeriod()), List.of(
                    new BarChart.Entry(message("market.usage.calls"), used.getCalls()),
                    new BarChart.Entry(message("market.usage.limit"), used.getMaxCallsPerMonth()))));
        }
        model.addAttribute("key", Actions.newKey());
        return "market-licence";
    }

    @PostMapping("/market/licences/{id}/termination")
    String terminate(@PathVariable UUID id, @RequestParam(required = false) String reason,
                     @RequestParam(required = false) String key, RedirectAttributes flash) {
        Actions.run(flash, message("market.licence.terminated"),
                () -> Calls.market(() -> licences.terminateLicence(id, new Reason().reason(reason), Actions.keyOf(key))));
        return "redirect:/market/licences/" + id;
    }

    /** A SHA-256 as the marketplace takes it (lower-case hex), or null when none was given. */
    private static String sha256OrNull(String value) {
        return value == null || value.isBlank() ? null : value.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean wholeNumberOrBlank(String value) {
        return blankToNull(value) == null || WHOLE_NUMBER.matcher(value.strip()).matches();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
