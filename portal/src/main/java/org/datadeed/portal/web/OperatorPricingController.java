package org.datadeed.portal.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.datadeed.client.marketplace.api.CatalogueApi;
import org.datadeed.client.marketplace.api.PricingApi;
import org.datadeed.client.marketplace.model.CeilingFilingRequest;
import org.datadeed.client.marketplace.model.Delivery;
import org.datadeed.client.marketplace.model.PriceScheduleRequest;
import org.datadeed.client.marketplace.model.Product;
import org.datadeed.client.marketplace.model.ProductSummary;
import org.datadeed.client.marketplace.model.ProductTerms;
import org.datadeed.client.marketplace.model.UseCategory;
import org.datadeed.portal.api.Calls;
import org.datadeed.portal.api.ServiceProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's prices, per product whose operation right it holds: the product's terms, the history of ceiling
 * filings and a new filing, the price schedule in force and a new one. The marketplace decides who may (its 403 and
 * 404 problems are shown as such) and refuses a schedule above the ceiling in force (shown with its reasons, the form
 * kept as filled in).
 */
@Controller
class OperatorPricingController {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,12}");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,3})?");
    private static final String PAGE = "operator-product";

    private final CatalogueApi catalogue;
    private final PricingApi pricing;
    private final MessageSource messages;

    OperatorPricingController(CatalogueApi catalogue, PricingApi pricing, MessageSource messages) {
        this.catalogue = catalogue;
        this.pricing = pricing;
        this.messages = messages;
    }

    /** The products operated by the signed-in operator's organisation, from the catalogue (listed or not). */
    static List<ProductSummary> ownProducts(CatalogueApi catalogue) {
        String organisation = PortalAdvice.Viewer.current().organisation();
        List<ProductSummary> own = new ArrayList<>();
        int page = 0;
        while (true) {
            int current = page;
            var found = Calls.market(() -> catalogue.searchProducts(null, null, null, null, null, null, null, true, current, 200));
            found.getItems().stream().filter(p -> organisation.equals(p.getOperatorOrganisation())).forEach(own::add);
            if ((long) (page + 1) * found.getSize() >= found.getTotalItems()) {
                return own;
            }
            page++;
        }
    }

    @GetMapping("/operator/products")
    String products(Model model) {
        model.addAttribute("products", ownProducts(catalogue));
        return "operator-products";
    }

    @GetMapping("/operator/products/{id}")
    String product(@PathVariable UUID id, Model model) {
        Product product = Calls.market(() -> catalogue.getProduct(id));
        return page(product, PriceForm.showingCeiling(product.getCeiling()),
                PriceForm.showingSchedule(product.getPrices(), product.getScenarios()), model);
    }

    @PostMapping("/operator/products/{id}/terms")
    String terms(@PathVariable UUID id, @RequestParam(required = false) List<UseCategory> useCategories,
                 @RequestParam(required = false) Delivery delivery, @RequestParam(required = false) String termMonths,
                 @RequestParam(required = false) String maxCallsPerMonth, @RequestParam(required = false) String maxGbPerMonth,
                 @RequestParam(required = false) String overUseAlertPercent,
                 @RequestParam(defaultValue = "false") boolean autoApprove,
                 @RequestParam(defaultValue = "false") boolean crossBorderAllowed, RedirectAttributes flash) {
        String problem = useCategories == null || useCategories.isEmpty() ? "pricing.terms.useCategories.missing"
                : delivery == null ? "pricing.terms.delivery.missing"
                : !wholeOrBlank(termMonths) || !wholeOrBlank(maxCallsPerMonth) || !wholeOrBlank(overUseAlertPercent)
                        ? "pricing.terms.number.invalid"
                : !PriceForm.blank(maxGbPerMonth) && !DECIMAL.matcher(maxGbPerMonth.strip()).matches()
                        ? "pricing.terms.number.invalid" : null;
        if (problem != null) {
            flash.addFlashAttribute(Actions.PROBLEM, ServiceProblem.refusedHere(message(problem)));
            return "redirect:/operator/products/" + id;
        }
        ProductTerms terms = new ProductTerms().useCategories(useCategories).delivery(delivery)
                .termMonths(integer(termMonths)).maxCallsPerMonth(PriceForm.blank(maxCallsPerMonth) ? null : Long.valueOf(maxCallsPerMonth.strip()))
                .maxGbPerMonth(PriceForm.blank(maxGbPerMonth) ? null : Double.valueOf(maxGbPerMonth.strip()))
                .overUseAlertPercent(integer(overUseAlertPercent)).autoApprove(autoApprove).crossBorderAllowed(crossBorderAllowed);
        Actions.run(flash, message("pricing.terms.saved"), () -> Calls.market(() -> pricing.setProductTerms(id, terms)));
        return "redirect:/operator/products/" + id;
    }

    @PostMapping("/operator/products/{id}/ceiling-filings")
    String fileCeiling(@PathVariable UUID id, @ModelAttribute("ceilingForm") PriceForm form, Model model,
                       RedirectAttributes flash) {
        String problem = PriceForm.blank(form.getFilingReference()) || PriceForm.blank(form.getAuthorisingBody())
                ? "pricing.ceiling.filing.missing" : form.linesProblem();
        LocalDate from = null;
        LocalDate until = null;
        try {
            from = LocalDate.parse(form.getEffectiveFrom() == null ? "" : form.getEffectiveFrom().strip());
            until = PriceForm.blank(form.getEffectiveUntil()) ? null : LocalDate.parse(form.getEffectiveUntil().strip());
        } catch (DateTimeParseException e) {
            problem = problem == null ? "pricing.ceiling.date.invalid" : problem;
        }
        Product product = Calls.market(() -> catalogue.getProduct(id));
        PriceForm schedule = PriceForm.showingSchedule(product.getPrices(), product.getScenarios());
        if (problem != null) {
            model.addAttribute(Actions.PROBLEM, ServiceProblem.refusedHere(message(problem)));
            return page(product, form.padded(), schedule, model);
        }
        CeilingFilingRequest request = new CeilingFilingRequest().filingReference(form.getFilingReference().strip())
                .authorisingBody(form.getAuthorisingBody().strip()).effectiveFrom(from).effectiveUntil(until)
                .trial(form.isTrial()).ceilings(form.priceLines());
        try {
            Calls.market(() -> pricing.fileCeiling(id, request, Actions.keyOf(form.getKey())));
        } catch (ServiceProblem refused) {
            model.addAttribute(Actions.PROBLEM, refused);
            return page(product, form.padded(), schedule, model);
        }
        flash.addFlashAttribute(Actions.NOTICE, message("pricing.ceiling.filed"));
        return "redirect:/operator/products/" + id;
    }

    @PostMapping("/operator/products/{id}/price-schedule")
    String publishSchedule(@PathVariable UUID id, @ModelAttribute("scheduleForm") PriceForm form, Model model,
                           RedirectAttributes flash) {
        Product product = Calls.market(() -> catalogue.getProduct(id));
        PriceForm ceiling = PriceForm.showingCeiling(product.getCeiling());
        String problem = form.linesProblem();
        if (problem != null) {
            model.addAttribute(Actions.PROBLEM, ServiceProblem.refusedHere(message(problem)));
            return page(product, ceiling, form.padded(), model);
        }
        PriceScheduleRequest request = new PriceScheduleRequest().prices(form.priceLines())
                .scenarioDiscounts(new ArrayList<>(form.scenarioDiscounts()));
        try {
            Calls.market(() -> pricing.setPriceSchedule(id, request));
        } catch (ServiceProblem refused) {
            model.addAttribute(Actions.PROBLEM, refused);
            return page(product, ceiling, form.padded(), model);
        }
        flash.addFlashAttribute(Actions.NOTICE, message("pricing.schedule.published"));
        return "redirect:/operator/products/" + id;
    }

    private String page(Product product, PriceForm ceilingForm, PriceForm scheduleForm, Model model) {
        model.addAttribute("product", product);
        model.addAttribute("filings", Calls.market(() -> pricing.listCeilingFilings(product.getProductId())));
        model.addAttribute("ceilingForm", ceilingForm);
        model.addAttribute("scheduleForm", scheduleForm);
        model.addAttribute("chargingUnits", org.datadeed.client.marketplace.model.ChargingUnit.values());
        model.addAttribute("useCategories", UseCategory.values());
        model.addAttribute("deliveries", Delivery.values());
        model.addAttribute("key", Actions.newKey());
        return PAGE;
    }

    private static boolean wholeOrBlank(String value) {
        return PriceForm.blank(value) || WHOLE_NUMBER.matcher(value.strip()).matches();
    }

    private static Integer integer(String value) {
        return PriceForm.blank(value) ? null : Integer.valueOf(value.strip());
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
