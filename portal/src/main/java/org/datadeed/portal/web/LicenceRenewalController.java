package org.datadeed.portal.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.datadeed.client.marketplace.api.LicencesApi;
import org.datadeed.client.marketplace.api.QuotesApi;
import org.datadeed.client.marketplace.model.Licence;
import org.datadeed.client.marketplace.model.Quote;
import org.datadeed.client.marketplace.model.QuoteRequest;
import org.datadeed.client.marketplace.model.RenewalRequest;
import org.datadeed.portal.api.Calls;
import org.datadeed.portal.api.ServiceProblem;
import org.datadeed.portal.format.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The licensee renews a licence from its page: a new binding quote for the same product, use and scenario over the
 * months and calls asked for, then the renewal on it. The marketplace's checks and the product's approval policy
 * apply as for an application; the page then shows the new term, or that the operator's approval is awaited.
 */
@Controller
class LicenceRenewalController {

    private static final Pattern MONTHS = Pattern.compile("[0-9]{1,2}");
    private static final Pattern CALLS = Pattern.compile("[0-9]{1,12}");

    private final LicencesApi licences;
    private final QuotesApi quotes;
    private final MessageSource messages;
    private final Formats formats;

    LicenceRenewalController(LicencesApi licences, QuotesApi quotes, MessageSource messages, Formats formats) {
        this.licences = licences;
        this.quotes = quotes;
        this.messages = messages;
        this.formats = formats;
    }

    @PostMapping("/market/licences/{id}/renewal")
    String renew(@PathVariable UUID id, @RequestParam(required = false) String months,
                 @RequestParam(required = false) String calls, @RequestParam(required = false) String reason,
                 @RequestParam(required = false) String key, RedirectAttributes flash) {
        String back = "redirect:/market/licences/" + id;
        String problem = months == null || !MONTHS.matcher(months.strip()).matches() ? "renewal.months.invalid"
                : calls != null && !calls.isBlank() && !CALLS.matcher(calls.strip()).matches() ? "market.quote.calls.invalid"
                : reason == null || reason.isBlank() ? "renewal.reason.missing" : null;
        if (problem != null) {
            flash.addFlashAttribute(Actions.PROBLEM, ServiceProblem.refusedHere(message(problem)));
            return back;
        }
        String idempotency = Actions.keyOf(key);
        Licence licence = Calls.market(() -> licences.getLicence(id));
        QuoteRequest request = new QuoteRequest().productId(licence.getProductId()).useCategory(licence.getUseCategory())
                .scenario(licence.getScenario()).purpose(licence.getPurpose()).months(Integer.valueOf(months.strip()))
                .calls(calls == null || calls.isBlank() ? null : Long.valueOf(calls.strip()));
        Licence[] renewed = new Licence[1];
        boolean taken = Actions.run(flash, "", () -> {
            Quote quote = Calls.market(() -> quotes.requestQuote(request, idempotency + ":quote"));
            renewed[0] = Calls.market(() -> licences.renewLicence(id, new RenewalRequest().quoteId(quote.getQuoteId())
                    .reason(reason.strip()), idempotency + ":renewal"));
        });
        if (taken) {
            Licence now = renewed[0];
            boolean extended = now.getValidUntil() != null && licence.getValidUntil() != null
                    && now.getValidUntil().isAfter(licence.getValidUntil());
            boolean refused = !extended && now.getHistory() != null && !now.getHistory().isEmpty()
                    && "RENEWAL_REJECTED".equals(now.getHistory().get(now.getHistory().size() - 1).getType());
            flash.addFlashAttribute(Actions.NOTICE, extended ? message("renewal.done", formats.date(now.getValidUntil()))
                    : refused ? message("renewal.refused") : message("renewal.pending"));
        }
        return back;
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
