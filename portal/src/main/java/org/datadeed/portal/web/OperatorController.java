package org.datadeed.portal.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.datadeed.client.marketplace.api.LicencesApi;
import org.datadeed.client.marketplace.api.PricingApi;
import org.datadeed.client.marketplace.model.LicenceStatus;
import org.datadeed.client.marketplace.model.MarTracker;
import org.datadeed.client.marketplace.model.Reason;
import org.datadeed.portal.api.Calls;
import org.datadeed.portal.api.ServiceProblem;
import org.datadeed.portal.config.PortalProperties;
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
 * The operator's work: the licences of its products that wait for its approval (approve or reject, with reasons), and
 * the maximum permitted revenue (MAR) of a year against the revenue so far.
 */
@Controller
class OperatorController {

    private static final int PAGE_SIZE = 50;

    private final LicencesApi licences;
    private final PricingApi pricing;
    private final MessageSource messages;
    private final ZoneId zone;
    private final java.time.Clock clock;
    private final org.datadeed.portal.format.Formats formats;

    OperatorController(LicencesApi licences, PricingApi pricing, MessageSource messages, PortalProperties properties,
                       java.time.Clock clock, org.datadeed.portal.format.Formats formats) {
        this.licences = licences;
        this.pricing = pricing;
        this.messages = messages;
        this.zone = properties.timeZone();
        this.clock = clock;
        this.formats = formats;
    }

    @GetMapping("/operator/approvals")
    String approvals(@RequestParam(defaultValue = "0") int page, Model model) {
        int pageNumber = Math.max(0, page);
        model.addAttribute("queue", Calls.market(() -> licences.searchLicences(LicenceStatus.AWAITING_APPROVAL, null,
                pageNumber, PAGE_SIZE)));
        model.addAttribute("key", Actions.newKey());
        return "operator-approvals";
    }

    @PostMapping("/operator/licences/{id}/approval")
    String approve(@PathVariable UUID id, @RequestParam(required = false) String reason,
                   @RequestParam(required = false) String key, RedirectAttributes flash) {
        Actions.run(flash, message("decision.recorded"),
                () -> Calls.market(() -> licences.approveLicence(id, new Reason().reason(reason), Actions.keyOf(key))));
        return "redirect:/operator/approvals";
    }

    @PostMapping("/operator/licences/{id}/rejection")
    String reject(@PathVariable UUID id, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String key, RedirectAttributes flash) {
        Actions.run(flash, message("decision.recorded"),
                () -> Calls.market(() -> licences.rejectLicence(id, new Reason().reason(reason), Actions.keyOf(key))));
        return "redirect:/operator/approvals";
    }

    /** The MAR tracker of a year (this year unless another is asked for) for the signed-in operator's organisation. */
    @GetMapping("/operator/mar")
    String mar(@RequestParam(required = false) String year, Model model) {
        String period = Years.askedOrCurrent(year, clock, zone);
        model.addAttribute("year", period);
        if (!Years.isYear(period)) {
            model.addAttribute(Actions.PROBLEM, ServiceProblem.refusedHere(message("operator.mar.year.invalid")));
            return "operator-mar";
        }
        String organisation = PortalAdvice.Viewer.current().organisation();
        MarTracker mar = Calls.market(() -> pricing.getMarTracker(organisation, period));
        model.addAttribute("mar", mar);
        model.addAttribute("marChart", BarChart.of(message("operator.mar.chart"), List.of(
                new BarChart.Entry(message("operator.mar.operatingCost"), yuan(mar.getOperatingCost())),
                new BarChart.Entry(message("operator.mar.permittedProfit"), yuan(mar.getPermittedProfit())),
                new BarChart.Entry(message("operator.mar.taxes"), yuan(mar.getTaxes())),
                new BarChart.Entry(message("operator.mar.carriedExcess"), yuan(mar.getCarriedExcess())),
                new BarChart.Entry(message("operator.mar.mar"), yuan(mar.getMar())),
                new BarChart.Entry(message("operator.mar.revenue"), yuan(mar.getRevenue())),
                new BarChart.Entry(message("operator.mar.headroom"), yuan(mar.getHeadroom())))));
        model.addAttribute("marHistory", marHistory(organisation, Integer.parseInt(period), mar));
        return "operator-mar";
    }

    /**
     * The MAR of the year and the two before it against the revenue recognised in each, and the excess over the MAR
     * that each carries into the next year's MAR.
     */
    private ComparisonChart marHistory(String organisation, int year, MarTracker current) {
        List<ComparisonChart.Entry> years = new java.util.ArrayList<>();
        for (int y = year - 2; y <= year; y++) {
            String period = String.valueOf(y);
            MarTracker tracker = y == year ? current : Calls.market(() -> pricing.getMarTracker(organisation, period));
            years.add(new ComparisonChart.Entry(period, List.of(new BigDecimal(tracker.getMar()),
                    new BigDecimal(tracker.getRevenue()), new BigDecimal(tracker.getExcess()))));
        }
        return ComparisonChart.of(message("operator.mar.history"), List.of(message("operator.mar.mar"),
                message("operator.mar.revenue"), message("operator.mar.excessCarried")), years, false,
                amount -> formats.amount(amount.toPlainString(), "CNY"));
    }

    /** An amount in whole yuan, for the chart's bars (the table beside it shows the exact amounts). */
    static long yuan(String amount) {
        return amount == null || amount.isBlank() ? 0 : new BigDecimal(amount).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
