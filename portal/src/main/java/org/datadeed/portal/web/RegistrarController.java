package org.datadeed.portal.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.datadeed.client.registry.ApiClient;
import org.datadeed.client.registry.api.RegistrarActionsApi;
import org.datadeed.client.registry.api.RegistrationsApi;
import org.datadeed.client.registry.model.ChangeFiling;
import org.datadeed.client.registry.model.EvidenceAttachment;
import org.datadeed.client.registry.model.EvidenceKind;
import org.datadeed.client.registry.model.OrderDecision;
import org.datadeed.client.registry.model.Refusal;
import org.datadeed.client.registry.model.Registration;
import org.datadeed.client.registry.model.RegistrationStatus;
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
 * The registrar's own actions on a registered record: freeze and unfreeze on an order, ex officio correction and
 * cancellation, and revocation. Each takes two steps: the form (with its reasons, and for an order the order itself),
 * then a page that says exactly what will happen and asks for confirmation. Only the confirmed step calls the
 * registry, which decides again; its answer shows in the registration's timeline.
 */
@Controller
class RegistrarController {

    /** An action, its path segment, and the statuses the registry allows it in (mirrored only to offer the form). */
    enum Action {
        FREEZE("freeze", EnumSet.of(RegistrationStatus.REGISTERED, RegistrationStatus.FROZEN)),
        UNFREEZE("unfreeze", EnumSet.of(RegistrationStatus.FROZEN)),
        CORRECTION("ex-officio-correction", EnumSet.of(RegistrationStatus.REGISTERED, RegistrationStatus.FROZEN)),
        CANCELLATION("ex-officio-cancellation", EnumSet.of(RegistrationStatus.REGISTERED)),
        REVOCATION("revocation", EnumSet.of(RegistrationStatus.REGISTERED, RegistrationStatus.FROZEN));

        final String path;
        final Set<RegistrationStatus> allowedIn;

        Action(String path, Set<RegistrationStatus> allowedIn) {
            this.path = path;
            this.allowedIn = allowedIn;
        }

        boolean isOrder() {
            return this == FREEZE || this == UNFREEZE;
        }

        boolean isRefusal() {
            return this == CANCELLATION || this == REVOCATION;
        }

        static Action of(String path) {
            return Arrays.stream(values()).filter(a -> a.path.equals(path)).findFirst().orElse(null);
        }
    }

    /** The timeline's record of orders: the registrar lifts a freeze by naming the order that imposed it. */
    private static final Set<String> ORDER_EVENTS = Set.of("RegistrationFrozen", "RegistrationUnfrozen");

    private final RegistrationsApi registrations;
    private final RegistrarActionsApi actions;
    private final EvidenceUploads uploads;
    private final MessageSource messages;

    RegistrarController(RegistrationsApi registrations, ApiClient registryClient, EvidenceUploads uploads,
                        MessageSource messages) {
        this.registrations = registrations;
        this.actions = new RegistrarActionsApi(registryClient);
        this.uploads = uploads;
        this.messages = messages;
    }

    @GetMapping("/registrations/{id}/review/registrar")
    String page(@PathVariable UUID id, Model model) {
        Registration registration = Calls.registry(() -> registrations.getRegistration(id));
        RegistrarEntry entry = new RegistrarEntry();
        entry.setName(registration.getName());
        entry.setDescription(registration.getDescription());
        entry.setUpdateFrequency(registration.getUpdateFrequency());
        return actionsPage(registration, entry, null, model);
    }

    /**
     * The first step stores an order document (content-addressed, so harmless if never confirmed) and shows what
     * will happen; the second, {@code confirmed=true}, asks the registry to do it.
     */
    @PostMapping("/registrations/{id}/review/registrar/{path}")
    String act(@PathVariable UUID id, @PathVariable String path, @ModelAttribute("entry") RegistrarEntry entry,
               @RequestParam(required = false) MultipartFile order, @RequestParam(defaultValue = "false") boolean confirmed,
               Model model, RedirectAttributes flash) {
        Action action = Action.of(path);
        if (action == null) {
            throw ServiceProblem.refusedHere(message("registrar.unknownAction"));
        }
        entry.setKey(Actions.keyOf(entry.getKey()));
        try {
            if (!confirmed) {
                requireComplete(action, entry);
                if (action.isOrder() && order != null && !order.isEmpty()) {
                    EvidenceAttachment stored = uploads.store(order, EvidenceKind.JUDICIAL_ORDER, entry.getKey() + ":order");
                    entry.setOrderSha256(stored.getSha256());
                    entry.setOrderFileName(stored.getFileName());
                }
                Registration registration = Calls.registry(() -> registrations.getRegistration(id));
                if (action == Action.CORRECTION && entry.corrections(registration).isEmpty()) {
                    throw ServiceProblem.refusedHere(message("registrar.noCorrection"));
                }
                model.addAttribute("registration", registration);
                model.addAttribute("action", action.path);
                model.addAttribute("actionName", action.name());
                model.addAttribute("corrections", action == Action.CORRECTION ? entry.corrections(registration) : List.of());
                return "registrar-confirm";
            }
            Calls.registry(() -> perform(id, action, entry));
            flash.addFlashAttribute(Actions.NOTICE, message("registrar.done." + action.name()));
            return "redirect:/registrations/" + id + "#timeline-heading";
        } catch (ServiceProblem problem) {
            entry.setKey(Actions.newKey()); // the refused request keeps its key; a corrected one needs another
            return actionsPage(Calls.registry(() -> registrations.getRegistration(id)), entry, action, model
                    .addAttribute(Actions.PROBLEM, problem));
        }
    }

    private Registration perform(UUID id, Action action, RegistrarEntry entry) throws org.datadeed.client.registry.ApiException {
        String key = entry.getKey() + ":" + action.path;
        return switch (action) {
            case FREEZE -> actions.freezeRegistration(id, order(entry), key);
            case UNFREEZE -> actions.unfreezeRegistration(id, order(entry), key);
            case CORRECTION -> actions.correctExOfficio(id, correction(registrations.getRegistration(id), entry), key);
            case CANCELLATION -> actions.cancelExOfficio(id, refusal(entry), key);
            case REVOCATION -> actions.revokeRegistration(id, refusal(entry), key);
        };
    }

    private static ChangeFiling correction(Registration registration, RegistrarEntry entry) {
        ChangeFiling change = new ChangeFiling().reason(entry.getReason());
        for (RegistrarEntry.Correction correction : entry.corrections(registration)) {
            switch (correction.field()) {
                case "registration.name" -> change.name(correction.corrected());
                case "registration.description" -> change.description(correction.corrected());
                default -> change.updateFrequency(correction.corrected());
            }
        }
        return change;
    }

    private void requireComplete(Action action, RegistrarEntry entry) {
        boolean complete = !isBlank(entry.getReason())
                && (!action.isOrder() || !isBlank(entry.getOrderReference()) && !isBlank(entry.getIssuingAuthority()))
                && (!action.isRefusal() || entry.getGrounds() != null);
        if (!complete) {
            throw ServiceProblem.refusedHere(message("registrar.incomplete"));
        }
    }

    private String actionsPage(Registration registration, RegistrarEntry entry, Action failed, Model model) {
        model.addAttribute("registration", registration);
        model.addAttribute("entry", entry);
        model.addAttribute("failed", failed == null ? null : failed.path);
        model.addAttribute("available", Arrays.stream(Action.values())
                .filter(a -> a.allowedIn.contains(registration.getStatus())).map(a -> a.path).toList());
        model.addAttribute("orders", Calls.registry(() -> registrations.getTimeline(registration.getRegistrationId())).stream()
                .filter(e -> ORDER_EVENTS.contains(e.getType())).toList());
        model.addAttribute("refusalGrounds", List.of(Refusal.GroundsEnum.FRAUD, Refusal.GroundsEnum.DATA_NO_LONGER_EXISTS,
                Refusal.GroundsEnum.HOLDER_DISSOLVED, Refusal.GroundsEnum.UNAUTHORISED_SOURCE,
                Refusal.GroundsEnum.OWNERSHIP_DISPUTE, Refusal.GroundsEnum.CORE_DATA, Refusal.GroundsEnum.OTHER));
        if (entry.getKey() == null) {
            entry.setKey(Actions.newKey());
        }
        return "registrar-actions";
    }

    private static OrderDecision order(RegistrarEntry entry) {
        return new OrderDecision().orderReference(entry.getOrderReference().strip())
                .issuingAuthority(entry.getIssuingAuthority().strip()).reason(entry.getReason())
                .orderSha256(blankToNull(entry.getOrderSha256()));
    }

    private static Refusal refusal(RegistrarEntry entry) {
        return new Refusal().grounds(entry.getGrounds()).reason(entry.getReason());
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }
}
