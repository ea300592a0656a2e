package org.datadeed.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.datadeed.client.registry.api.RegistrationsApi;
import org.datadeed.client.registry.model.Evidence;
import org.datadeed.client.registry.model.Registration;
import org.datadeed.client.registry.model.RegistrationStatus;
import org.datadeed.client.registry.model.Refusal;
import org.datadeed.client.registry.model.RightKind;
import org.datadeed.client.registry.model.EvidenceKind;
import org.datadeed.portal.api.Calls;
import org.datadeed.portal.security.PortalUser;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Registrations as holders, reviewers and regulators see them: the list (the registry shows each only what they may
 * see), and one registration with its particulars, evidence side by side, status timeline, and the actions open to
 * the viewer's role.
 */
@Controller
class RegistrationController {

    private static final int PAGE_SIZE = 20;
    /** Evidence the browser shows by itself and that cannot run script in the portal's pages; anything else is downloaded. */
    private static final java.util.Set<String> SHOWN_INLINE = java.util.Set.of("application/pdf", "image/png", "image/jpeg",
            "text/plain", "text/csv");

    private final RegistrationsApi registrations;
    private final org.springframework.context.MessageSource messages;

    RegistrationController(RegistrationsApi registrations, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.registrations = registrations;
    }

    @GetMapping("/registrations")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) RegistrationStatus status,
                @RequestParam(defaultValue = "0") int page, Model model) {
        int pageNumber = Math.max(0, page);
        model.addAttribute("page", Calls.registry(() -> registrations.searchRegistrations(blankToNull(q), null,
                status == null ? null : List.of(status), null, null, null, null, pageNumber, PAGE_SIZE, "updatedAt,desc")));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", RegistrationStatus.values());
        return "registrations";
    }

    @GetMapping("/registrations/{id}")
    String detail(@PathVariable UUID id, @RequestParam(required = false) String show, Model model) {
        Registration registration = Calls.registry(() -> registrations.getRegistration(id));
        model.addAttribute("registration", registration);
        model.addAttribute("timeline", Calls.registry(() -> registrations.getTimeline(id)));
        List<Evidence> evidence = registration.getEvidence() == null ? List.of() : registration.getEvidence();
        model.addAttribute("shown", evidence.stream().filter(e -> e.getSha256().equals(show)).findFirst()
                .orElse(evidence.isEmpty() ? null : evidence.get(evidence.size() - 1)));
        PortalUser viewer = PortalAdvice.Viewer.current();
        model.addAttribute("ownApplication", viewer != null && viewer.hasRole("HOLDER")
                && viewer.organisation() != null && viewer.organisation().equals(registration.getHolderOrganisation()));
        model.addAttribute("reviewer", viewer != null && viewer.hasRole("REVIEWER"));
        model.addAttribute("regulator", viewer != null && viewer.hasRole("REGULATOR"));
        model.addAttribute("viewerOrganisation", viewer == null ? null : viewer.organisation());
        model.addAttribute("editable", registration.getStatus() == org.datadeed.client.registry.model.RegistrationStatus.DRAFT
                || registration.getStatus() == org.datadeed.client.registry.model.RegistrationStatus.CORRECTION_REQUESTED);
        model.addAttribute("evidenceKinds", EvidenceKind.values());
        model.addAttribute("rightKinds", RightKind.values());
        model.addAttribute("licensableKinds", List.of(RightKind.USE, RightKind.OPERATION));
        model.addAttribute("refusalGrounds", Refusal.GroundsEnum.values());
        model.addAttribute("key", Actions.newKey());
        return "registration";
    }

    /**
     * The organisation named as a right's holder in someone else's application confirms the claim (the applicant
     * cannot submit before it does).
     */
    @org.springframework.web.bind.annotation.PostMapping("/registrations/{id}/right-confirmations")
    String confirmRight(@PathVariable UUID id, @org.springframework.web.bind.annotation.RequestParam RightKind kind,
                        @org.springframework.web.bind.annotation.RequestParam(required = false) String key,
                        org.springframework.web.servlet.mvc.support.RedirectAttributes flash) {
        Actions.run(flash, messages.getMessage("right.confirmed.done", null,
                        org.springframework.context.i18n.LocaleContextHolder.getLocale()),
                () -> org.datadeed.portal.api.Calls.registry(() -> registrations.confirmRightClaim(id,
                        new org.datadeed.client.registry.model.RightConfirmation().kind(kind), Actions.keyOf(key))));
        return "redirect:/registrations/" + id;
    }

    /** An evidence file of a registration the viewer may see, passed through from the registry. */
    @GetMapping("/registrations/{id}/evidence/{sha256}")
    void evidence(@PathVariable UUID id, @PathVariable String sha256, @RequestParam(defaultValue = "false") boolean download,
                  HttpServletResponse response) throws IOException {
        Registration registration = Calls.registry(() -> registrations.getRegistration(id));
        Evidence evidence = registration.getEvidence() == null ? null : registration.getEvidence().stream()
                .filter(e -> e.getSha256().equals(sha256)).findFirst().orElse(null);
        if (evidence == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        java.io.File file = Calls.registry(() -> registrations.downloadEvidence(id, sha256));
        try (InputStream in = Files.newInputStream(file.toPath())) {
            String mediaType = evidence.getMediaType() == null ? "application/octet-stream" : evidence.getMediaType();
            boolean inline = !download && SHOWN_INLINE.contains(mediaType);
            response.setContentType(mediaType.startsWith("text/") ? mediaType + ";charset=UTF-8" : mediaType);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Disposition", (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                    .filename(evidence.getFileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString());
            in.transferTo(response.getOutputStream());
        } finally {
            Files.deleteIfExists(file.toPath());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
