package org.datadeed.portal.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.datadeed.client.registry.api.ObjectionsApi;
import org.datadeed.client.registry.api.PublicApi;
import org.datadeed.client.registry.model.EvidenceAttachment;
import org.datadeed.client.registry.model.EvidenceKind;
import org.datadeed.client.registry.model.NoticeEntry;
import org.datadeed.client.registry.model.NoticePage;
import org.datadeed.client.registry.model.ObjectionFiling;
import org.datadeed.client.registry.model.Verification;
import org.datadeed.portal.api.Calls;
import org.datadeed.portal.api.ServiceProblem;
import org.datadeed.portal.certificate.VerificationLinks;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * What anyone can do: read the public notice board, object to a registration in notice (signed in, so the objector
 * is identified), and verify a certificate by its number, its QR code or a dataset's fingerprint.
 */
@Controller
class PublicController {

    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern CERTIFICATE_NUMBER = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final int PAGE_SIZE = 20;

    private final PublicApi publicApi;
    private final ObjectionsApi objections;
    private final MessageSource messages;
    private final VerificationLinks links;
    private final EvidenceUploads uploads;

    PublicController(PublicApi publicApi, ObjectionsApi objections, MessageSource messages, VerificationLinks links,
                     EvidenceUploads uploads) {
        this.uploads = uploads;
        this.publicApi = publicApi;
        this.objections = objections;
        this.messages = messages;
        this.links = links;
    }

    @GetMapping("/")
    String home() {
        return "home";
    }

    @GetMapping("/notices")
    String notices(@RequestParam(defaultValue = "0") int page, Model model) {
        int pageNumber = Math.max(0, page);
        model.addAttribute("board", Calls.registry(() -> publicApi.getNoticeBoard(pageNumber, PAGE_SIZE)));
        return "notices";
    }

    @GetMapping("/notices/{id}/objection")
    String objectionForm(@PathVariable UUID id, Model model) {
        model.addAttribute("entry", noticeOf(id));
        model.addAttribute("key", Actions.newKey());
        return "objection";
    }

    @PostMapping("/notices/{id}/objection")
    String object(@PathVariable UUID id, @RequestParam String objectorName, @RequestParam String grounds,
                  @RequestParam(required = false) MultipartFile evidence, @RequestParam(required = false) String key,
                  RedirectAttributes flash) {
        String idempotencyKey = Actions.keyOf(key);
        boolean filed = Actions.run(flash, messages.getMessage("objection.filed", null, LocaleContextHolder.getLocale()), () -> {
            EvidenceAttachment attachment = uploads.store(evidence, EvidenceKind.OBJECTION_EVIDENCE, idempotencyKey);
            Calls.registry(() -> objections.raiseObjection(id, new ObjectionFiling().objectorName(objectorName)
                    .grounds(grounds).evidence(List.of(attachment)), idempotencyKey + ":object"));
        });
        return filed ? "redirect:/notices" : "redirect:/notices/" + id + "/objection";
    }

    /** The verification form; a number or a fingerprint sent with it goes to its result page. */
    @GetMapping("/verify")
    String verify(@RequestParam(required = false) String number, @RequestParam(required = false) String hash, Model model) {
        if (number != null && !number.isBlank()) {
            String trimmed = number.strip();
            if (!CERTIFICATE_NUMBER.matcher(trimmed).matches()) {
                model.addAttribute(Actions.PROBLEM, ServiceProblem.refusedHere(message("verify.number.invalid")));
                return "verify";
            }
            return "redirect:/verify/certificates/" + UriUtils.encodePathSegment(trimmed, java.nio.charset.StandardCharsets.UTF_8);
        }
        if (hash != null && !hash.isBlank()) {
            if (!FINGERPRINT.matcher(hash.strip()).matches()) {
                model.addAttribute(Actions.PROBLEM, ServiceProblem.refusedHere(message("verify.hash.invalid")));
                return "verify";
            }
            return "redirect:/verify/fingerprints/" + hash.strip().toLowerCase(Locale.ROOT);
        }
        return "verify";
    }

    @GetMapping("/verify/certificates/{number}")
    String certificate(@PathVariable String number, Model model) {
        Verification verification = Calls.registry(() -> publicApi.verifyCertificate(number));
        model.addAttribute("verifications", List.of(verification));
        model.addAttribute("query", number);
        model.addAttribute("links", links);
        return "verification";
    }

    @GetMapping("/verify/fingerprints/{hash}")
    String fingerprint(@PathVariable String hash, Model model) {
        if (!FINGERPRINT.matcher(hash).matches()) {
            model.addAttribute(Actions.PROBLEM, ServiceProblem.refusedHere(message("verify.hash.invalid")));
            return "verify";
        }
        model.addAttribute("verifications", Calls.registry(() -> publicApi.verifyFingerprint(hash)));
        model.addAttribute("query", hash);
        model.addAttribute("links", links);
        return "verification";
    }

    /** The board's entry of a registration in notice; an objection is possible only while it is there. */
    private NoticeEntry noticeOf(UUID id) {
        for (int page = 0; page < 50; page++) {
            int pageNumber = page;
            NoticePage board = Calls.registry(() -> publicApi.getNoticeBoard(pageNumber, 200));
            for (NoticeEntry entry : board.getItems()) {
                if (entry.getRegistrationId().equals(id)) {
                    return entry;
                }
            }
            if ((long) (page + 1) * 200 >= board.getTotalItems()) {
                break;
            }
        }
        throw ServiceProblem.of(404, null, null);
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
