package org.datadeed.portal.web;

import java.util.UUID;

import org.datadeed.client.registry.api.FilingsApi;
import org.datadeed.client.registry.api.ObjectionsApi;
import org.datadeed.client.registry.api.ReviewApi;
import org.datadeed.client.registry.model.Classification;
import org.datadeed.client.registry.model.CorrectionRequest;
import org.datadeed.client.registry.model.Decision;
import org.datadeed.client.registry.model.ObjectType;
import org.datadeed.client.registry.model.ObjectionDecision;
import org.datadeed.client.registry.model.Refusal;
import org.datadeed.client.registry.model.ReviewStage;
import org.datadeed.client.registry.model.SubstantiveReviewDecision;
import org.datadeed.portal.api.Calls;
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
 * The registrar's work: the review queue (oldest deadline first, with the working days left) and every decision,
 * each with its reasons. The registration page shows the forms; their answers come here.
 */
@Controller
class ReviewController {

    private static final int PAGE_SIZE = 50;

    private final ReviewApi review;
    private final ObjectionsApi objections;
    private final FilingsApi filings;
    private final MessageSource messages;

    ReviewController(ReviewApi review, ObjectionsApi objections, FilingsApi filings, MessageSource messages) {
        this.review = review;
        this.objections = objections;
        this.filings = filings;
        this.messages = messages;
    }

    @GetMapping("/review")
    String queue(@RequestParam(required = false) ReviewStage stage, @RequestParam(required = false) ObjectType objectType,
                 @RequestParam(required = false) Classification classification, @RequestParam(defaultValue = "0") int page,
                 Model model) {
        int pageNumber = Math.max(0, page);
        model.addAttribute("queue", Calls.registry(() -> review.getReviewQueue(stage, objectType, classification, pageNumber, PAGE_SIZE)));
        model.addAttribute("stage", stage);
        model.addAttribute("objectType", objectType);
        model.addAttribute("classification", classification);
        model.addAttribute("stages", ReviewStage.values());
        model.addAttribute("objectTypes", ObjectType.values());
        model.addAttribute("classifications", Classification.values());
        return "review-queue";
    }

    @PostMapping("/registrations/{id}/review/acceptance")
    String accept(@PathVariable UUID id, @RequestParam String reason, @RequestParam(required = false) String key,
                  RedirectAttributes flash) {
        return decide(id, flash, () -> Calls.registry(() -> review.acceptApplication(id, decision(reason), Actions.keyOf(key))));
    }

    @PostMapping("/registrations/{id}/review/non-acceptance")
    String refuse(@PathVariable UUID id, @RequestParam Refusal.GroundsEnum grounds, @RequestParam String reason,
                  @RequestParam(required = false) String key, RedirectAttributes flash) {
        return decide(id, flash, () -> Calls.registry(() -> review.refuseAcceptance(id, refusal(grounds, reason), Actions.keyOf(key))));
    }

    @PostMapping("/registrations/{id}/review/formal-review")
    String passFormal(@PathVariable UUID id, @RequestParam String reason, @RequestParam(required = false) String key,
                      RedirectAttributes flash) {
        return decide(id, flash, () -> Calls.registry(() -> review.passFormalReview(id, decision(reason), Actions.keyOf(key))));
    }

    @PostMapping("/registrations/{id}/review/correction-request")
    String requestCorrection(@PathVariable UUID id, @RequestParam String reason, @RequestParam String items,
                             @RequestParam(required = false) String key, RedirectAttributes flash) {
        return decide(id, flash, () -> Calls.registry(() -> review.requestCorrection(id,
                new CorrectionRequest().reason(reason).items(DraftForm.lines(items)), Actions.keyOf(key))));
    }

    @PostMapping("/registrations/{id}/review/substantive-review")
    String passSubstantive(@PathVariable UUID id, @RequestParam String reason, @RequestParam String reportSha256,
                           @RequestParam(required = false) String key, RedirectAttributes flash) {
        return decide(id, flash, () -> Calls.registry(() -> review.passSubstantiveReview(id,
                new SubstantiveReviewDecision().reason(reason).reportSha256(reportSha256), Actions.keyOf(key))));
    }

    @PostMapping("/registrations/{id}/review/rejection")
    String reject(@PathVariable UUID id, @RequestParam Refusal.GroundsEnum grounds, @RequestParam String reason,
                  @RequestParam(required = false) String key, RedirectAttributes flash) {
        return decide(id, flash, () -> Calls.registry(() -> review.rejectApplication(id, refusal(grounds, reason), Actions.keyOf(key))));
    }

    @PostMapping("/registrations/{id}/review/notice")
    String publishNotice(@PathVariable UUID id, @RequestParam String reason, @RequestParam(required = false) String key,
                         RedirectAttributes flash) {
        return decide(id, flash, () -> Calls.registry(() -> review.publishNotice(id, decision(reason), Actions.keyOf(key))));
    }

    @PostMapping("/registrations/{id}/review/objections/{objectionId}")
    String decideObjection(@PathVariable UUID id, @PathVariable UUID objectionId, @RequestParam boolean upheld,
                           @RequestParam String reason, @RequestParam(required = false) String key, RedirectAttributes flash) {
        return decide(id, flash, () -> Calls.registry(() -> objections.decideObjection(id, objectionId,
                new ObjectionDecision().upheld(upheld).reason(reason), Actions.keyOf(key))));
    }

    @PostMapping("/registrations/{id}/review/filings/{filingId}/approval")
    String approveFiling(@PathVariable UUID id, @PathVariable UUID filingId, @RequestParam String reason,
                         @RequestParam(required = false) String key, RedirectAttributes flash) {
        return decide(id, flash, () -> Calls.registry(() -> filings.approveFiling(id, filingId, decision(reason), Actions.keyOf(key))));
    }

    @PostMapping("/registrations/{id}/review/filings/{filingId}/rejection")
    String rejectFiling(@PathVariable UUID id, @PathVariable UUID filingId, @RequestParam Refusal.GroundsEnum grounds,
                        @RequestParam String reason, @RequestParam(required = false) String key, RedirectAttributes flash) {
        return decide(id, flash, () -> Calls.registry(() -> filings.rejectFiling(id, filingId, refusal(grounds, reason), Actions.keyOf(key))));
    }

    private String decide(UUID id, RedirectAttributes flash, Runnable decision) {
        Actions.run(flash, messages.getMessage("decision.recorded", null, LocaleContextHolder.getLocale()), decision);
        return "redirect:/registrations/" + id;
    }

    private static Decision decision(String reason) {
        return new Decision().reason(reason);
    }

    private static Refusal refusal(Refusal.GroundsEnum grounds, String reason) {
        return new Refusal().grounds(grounds).reason(reason);
    }
}
