package org.datadeed.portal.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.datadeed.client.registry.api.FilingsApi;
import org.datadeed.client.registry.api.ObjectionsApi;
import org.datadeed.client.registry.api.RegistrationsApi;
import org.datadeed.client.registry.model.ChangeFiling;
import org.datadeed.client.registry.model.Classification;
import org.datadeed.client.registry.model.Decision;
import org.datadeed.client.registry.model.LicenceFiling;
import org.datadeed.client.registry.model.PledgeReleaseFiling;
import org.datadeed.client.registry.model.EvidenceAttachment;
import org.datadeed.client.registry.model.EvidenceKind;
import org.datadeed.client.registry.model.ObjectType;
import org.datadeed.client.registry.model.PledgeFiling;
import org.datadeed.client.registry.model.ProductForm;
import org.datadeed.client.registry.model.Registration;
import org.datadeed.client.registry.model.RightKind;
import org.datadeed.client.registry.model.SimpleFiling;
import org.datadeed.client.registry.model.Statement;
import org.datadeed.client.registry.model.Term;
import org.datadeed.client.registry.model.TransferFiling;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a holder does: the application wizard (type, particulars and fingerprint, evidence checklist, submission),
 * corrections, responses to objections, and filings after registration (renewal, transfer, pledge).
 */
@Controller
class HolderController {

    private final RegistrationsApi registrations;
    private final EvidenceUploads uploads;
    private final ObjectionsApi objections;
    private final FilingsApi filings;
    private final MessageSource messages;
    private final Clock clock;

    HolderController(RegistrationsApi registrations, EvidenceUploads uploads, ObjectionsApi objections, FilingsApi filings,
                     MessageSource messages, Clock clock) {
        this.registrations = registrations;
        this.uploads = uploads;
        this.objections = objections;
        this.filings = filings;
        this.messages = messages;
        this.clock = clock;
    }

    /** Step 1 chooses what is registered; step 2 is the application form for that type. */
    @GetMapping("/registrations/new")
    String start(@RequestParam(required = false) ObjectType type, Model model) {
        if (type == null) {
            model.addAttribute("objectTypes", ObjectType.values());
            return "wizard-type";
        }
        DraftForm form = new DraftForm();
        form.setObjectType(type);
        form.setRightFrom(LocalDate.now(clock));
        return form(form, null, model);
    }

    @GetMapping("/registrations/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Registration registration = Calls.registry(() -> registrations.getRegistration(id));
        return form(DraftForm.of(registration), registration, model);
    }

    private String form(DraftForm form, Registration registration, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("registration", registration);
        model.addAttribute("productForms", ProductForm.values());
        model.addAttribute("classifications", Classification.values());
        model.addAttribute("rightKinds", RightKind.values());
        return "wizard-form";
    }

    @PostMapping("/registrations")
    String create(@ModelAttribute("form") DraftForm form, Model model, RedirectAttributes flash) {
        try {
            Registration draft = Calls.registry(() -> registrations.createDraft(form.toDraft(), Actions.keyOf(form.getIdempotencyKey())));
            flash.addFlashAttribute(Actions.NOTICE, message("draft.created"));
            return "redirect:/registrations/" + draft.getRegistrationId();
        } catch (ServiceProblem problem) {
            model.addAttribute(Actions.PROBLEM, problem);
            return form(form, null, model);
        }
    }

    @PostMapping("/registrations/{id}/draft")
    String update(@PathVariable UUID id, @ModelAttribute("form") DraftForm form, Model model, RedirectAttributes flash) {
        try {
            Calls.registry(() -> registrations.updateDraft(id, form.toDraft()));
            flash.addFlashAttribute(Actions.NOTICE, message("draft.updated"));
            return "redirect:/registrations/" + id;
        } catch (ServiceProblem problem) {
            model.addAttribute(Actions.PROBLEM, problem);
            return form(form, Calls.registry(() -> registrations.getRegistration(id)), model);
        }
    }

    /** Stores an evidence file in the registry and attaches it to the application as the given kind. */
    @PostMapping("/registrations/{id}/evidence")
    String attach(@PathVariable UUID id, @RequestParam EvidenceKind kind, @RequestParam MultipartFile file,
                  @RequestParam(required = false) String note, @RequestParam(required = false) String key,
                  RedirectAttributes flash) {
        String idempotencyKey = Actions.keyOf(key);
        Actions.run(flash, message("evidence.attached"), () -> {
            EvidenceAttachment attachment = uploads.store(file, kind, idempotencyKey).note(blankToNull(note));
            Calls.registry(() -> registrations.attachEvidence(id, attachment, idempotencyKey + ":attach"));
        });
        return "redirect:/registrations/" + id;
    }

    @PostMapping("/registrations/{id}/submission")
    String submit(@PathVariable UUID id, @RequestParam(required = false) String key, RedirectAttributes flash) {
        Actions.run(flash, message("application.submitted"),
                () -> Calls.registry(() -> registrations.submitApplication(id, Actions.keyOf(key))));
        return "redirect:/registrations/" + id;
    }

    @PostMapping("/registrations/{id}/resubmission")
    String resubmit(@PathVariable UUID id, @RequestParam String statement, @RequestParam(required = false) String key,
                    RedirectAttributes flash) {
        Actions.run(flash, message("application.resubmitted"), () -> Calls.registry(
                () -> registrations.resubmitCorrected(id, new Statement().statement(statement), Actions.keyOf(key))));
        return "redirect:/registrations/" + id;
    }

    @PostMapping("/registrations/{id}/objections/{objectionId}/response")
    String respond(@PathVariable UUID id, @PathVariable UUID objectionId, @RequestParam String statement,
                   @RequestParam(required = false) String key, RedirectAttributes flash) {
        Actions.run(flash, message("objection.responded"), () -> Calls.registry(
                () -> objections.respondToObjection(id, objectionId, new Statement().statement(statement), Actions.keyOf(key))));
        return "redirect:/registrations/" + id;
    }

    @PostMapping("/registrations/{id}/filings/renewal")
    String renew(@PathVariable UUID id, @RequestParam String reason, @RequestParam(required = false) String key,
                 RedirectAttributes flash) {
        Actions.run(flash, message("filing.filed"), () -> Calls.registry(
                () -> filings.fileRenewal(id, new SimpleFiling().reason(reason), Actions.keyOf(key))));
        return "redirect:/registrations/" + id;
    }

    /** A change of the registered particulars, or the correction of an error in them (the same fields, another type). */
    @PostMapping("/registrations/{id}/filings/{kind:change|correction}")
    String change(@PathVariable UUID id, @PathVariable String kind, @RequestParam String reason,
                  @RequestParam(required = false) String description, @RequestParam(required = false) String updateFrequency,
                  @RequestParam(required = false) String key, RedirectAttributes flash) {
        ChangeFiling filing = new ChangeFiling().reason(reason).description(blankToNull(description))
                .updateFrequency(blankToNull(updateFrequency));
        boolean correction = "correction".equals(kind);
        Actions.run(flash, message("filing.filed"), () -> Calls.registry(() -> correction
                ? filings.fileCorrection(id, filing, Actions.keyOf(key))
                : filings.fileChange(id, filing, Actions.keyOf(key))));
        return "redirect:/registrations/" + id;
    }

    @PostMapping("/registrations/{id}/filings/cancellation")
    String cancel(@PathVariable UUID id, @RequestParam String reason, @RequestParam(required = false) String key,
                  RedirectAttributes flash) {
        Actions.run(flash, message("filing.filed"), () -> Calls.registry(
                () -> filings.fileCancellation(id, new SimpleFiling().reason(reason), Actions.keyOf(key))));
        return "redirect:/registrations/" + id;
    }

    @PostMapping("/registrations/{id}/withdrawal")
    String withdraw(@PathVariable UUID id, @RequestParam String reason, @RequestParam(required = false) String key,
                    RedirectAttributes flash) {
        Actions.run(flash, message("application.withdrawn"), () -> Calls.registry(
                () -> registrations.withdrawApplication(id, new Decision().reason(reason), Actions.keyOf(key))));
        return "redirect:/registrations/" + id;
    }

    @PostMapping("/registrations/{id}/filings/licence")
    String licence(@PathVariable UUID id, @RequestParam RightKind right, @RequestParam String licenseeOrganisation,
                   @RequestParam String licenseeName, @RequestParam String scope, @RequestParam String territory,
                   @RequestParam LocalDate from, @RequestParam(required = false) LocalDate until,
                   @RequestParam(defaultValue = "false") boolean exclusive, @RequestParam String reason,
                   @RequestParam MultipartFile agreement, @RequestParam(required = false) String key, RedirectAttributes flash) {
        String idempotencyKey = Actions.keyOf(key);
        Actions.run(flash, message("filing.filed"), () -> {
            EvidenceAttachment attachment = uploads.store(agreement, EvidenceKind.LICENCE_AGREEMENT, idempotencyKey);
            Calls.registry(() -> filings.fileLicence(id, new LicenceFiling().right(right)
                    .licenseeOrganisation(licenseeOrganisation).licenseeName(licenseeName).scope(scope)
                    .term(new Term().from(from).until(until)).territory(territory).exclusive(exclusive)
                    .reason(reason).evidence(List.of(attachment)), idempotencyKey + ":file"));
        });
        return "redirect:/registrations/" + id;
    }

    @PostMapping("/registrations/{id}/filings/pledge-release")
    String releasePledge(@PathVariable UUID id, @RequestParam UUID pledgeId, @RequestParam String reason,
                         @RequestParam MultipartFile certificate, @RequestParam(required = false) String key,
                         RedirectAttributes flash) {
        String idempotencyKey = Actions.keyOf(key);
        Actions.run(flash, message("filing.filed"), () -> {
            EvidenceAttachment attachment = uploads.store(certificate, EvidenceKind.PLEDGE_RELEASE_CERTIFICATE, idempotencyKey);
            Calls.registry(() -> filings.filePledgeRelease(id, new PledgeReleaseFiling().pledgeId(pledgeId).reason(reason)
                    .evidence(List.of(attachment)), idempotencyKey + ":file"));
        });
        return "redirect:/registrations/" + id;
    }

    @PostMapping("/registrations/{id}/filings/transfer")
    String transfer(@PathVariable UUID id, @RequestParam RightKind right, @RequestParam String transfereeOrganisation,
                    @RequestParam String transfereeName, @RequestParam String reason, @RequestParam MultipartFile contract,
                    @RequestParam(required = false) String key, RedirectAttributes flash) {
        String idempotencyKey = Actions.keyOf(key);
        Actions.run(flash, message("filing.filed"), () -> {
            EvidenceAttachment attachment = uploads.store(contract, EvidenceKind.TRANSFER_CONTRACT, idempotencyKey);
            Calls.registry(() -> filings.fileTransfer(id, new TransferFiling().right(right)
                    .transfereeOrganisation(transfereeOrganisation).transfereeName(transfereeName)
                    .reason(reason).evidence(List.of(attachment)), idempotencyKey + ":file"));
        });
        return "redirect:/registrations/" + id;
    }

    @PostMapping("/registrations/{id}/filings/pledge")
    String pledge(@PathVariable UUID id, @RequestParam RightKind right, @RequestParam String pledgeeOrganisation,
                  @RequestParam String pledgeeName, @RequestParam BigDecimal securedAmount,
                  @RequestParam(defaultValue = "CNY") String currency, @RequestParam LocalDate from,
                  @RequestParam(required = false) LocalDate until, @RequestParam String reason,
                  @RequestParam MultipartFile contract, @RequestParam(required = false) String key, RedirectAttributes flash) {
        String idempotencyKey = Actions.keyOf(key);
        Actions.run(flash, message("filing.filed"), () -> {
            EvidenceAttachment attachment = uploads.store(contract, EvidenceKind.PLEDGE_CONTRACT, idempotencyKey);
            Calls.registry(() -> filings.filePledge(id, new PledgeFiling().right(right)
                    .pledgeeOrganisation(pledgeeOrganisation).pledgeeName(pledgeeName)
                    .securedAmount(securedAmount.toPlainString()).currency(currency)
                    .term(new Term().from(from).until(until)).reason(reason).evidence(List.of(attachment)),
                    idempotencyKey + ":file"));
        });
        return "redirect:/registrations/" + id;
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
