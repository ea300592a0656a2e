package org.datadeed.portal.web;

import java.util.List;
import java.util.UUID;

import org.datadeed.client.audit.api.AuditApi;
import org.datadeed.client.audit.model.CheckpointView;
import org.datadeed.client.audit.model.EventProof;
import org.datadeed.client.audit.model.LogStatus;
import org.datadeed.client.registry.api.RegistrationsApi;
import org.datadeed.client.registry.api.StatisticsApi;
import org.datadeed.client.registry.model.RegistrationFlow;
import org.datadeed.client.registry.model.RegistrationStatistics;
import org.datadeed.client.registry.model.RegistrationStatus;
import org.datadeed.client.registry.model.StatusCount;
import org.datadeed.portal.api.Calls;
import org.datadeed.portal.api.ServiceProblem;
import org.datadeed.portal.format.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/**
 * The regulator's view: a dashboard of the registry (decisions per month, registrations by status) and the log, the
 * ledger explorer (checkpoints with their cosignatures and anchors, a registration's proven history, one event's
 * inclusion proof checked in the browser) and the full audit. Read-only, like the regulator's role.
 */
@Controller
class AuditController {

    /** The statuses the dashboard counts: where applications are in the workflow, and what became of them. */
    static final List<RegistrationStatus> DASHBOARD_STATUSES = List.of(RegistrationStatus.DRAFT, RegistrationStatus.SUBMITTED,
            RegistrationStatus.FORMAL_REVIEW, RegistrationStatus.CORRECTION_REQUESTED, RegistrationStatus.SUBSTANTIVE_REVIEW,
            RegistrationStatus.APPROVED_FOR_NOTICE, RegistrationStatus.IN_NOTICE, RegistrationStatus.OBJECTION_REVIEW,
            RegistrationStatus.REGISTERED, RegistrationStatus.FROZEN, RegistrationStatus.REJECTED, RegistrationStatus.CANCELLED);
    private static final int CHECKPOINTS_PER_PAGE = 50;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditApi audit;
    private final RegistrationsApi registrations;
    private final StatisticsApi statistics;
    private final MessageSource messages;
    private final Formats formats;

    AuditController(AuditApi audit, RegistrationsApi registrations, StatisticsApi statistics, MessageSource messages,
                    Formats formats) {
        this.audit = audit;
        this.registrations = registrations;
        this.statistics = statistics;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/audit")
    String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        LogStatus log = Calls.audit(audit::getLogStatus);
        RegistrationStatistics figures = figuresFor(from, to, model);
        model.addAttribute("log", log);
        java.util.Map<RegistrationStatus, Long> byStatus = figures.getByStatus().stream()
                .collect(java.util.stream.Collectors.toMap(StatusCount::getStatus, StatusCount::getCount));
        model.addAttribute("statusChart", BarChart.of(message("dashboard.byStatus"), DASHBOARD_STATUSES.stream()
                .map(status -> new BarChart.Entry(message("status." + status), byStatus.getOrDefault(status, 0L))).toList()));
        model.addAttribute("stageChart", BarChart.of(message("dashboard.byStage"), List.of(
                new BarChart.Entry(message("stage.SEQUENCED"), log.getSequencedSize()),
                new BarChart.Entry(message("stage.INTEGRATED"), log.getIntegratedSize()),
                new BarChart.Entry(message("stage.ANCHORED"), log.getAnchoredSize()))));
        model.addAttribute("statistics", figures);
        model.addAttribute("applicationsChart", monthly(figures, "dashboard.applications",
                List.of("dashboard.submitted", "dashboard.registered", "dashboard.refused"),
                counts -> List.of(counts.getSubmitted(), counts.getRegistered(), counts.getRefused())));
        model.addAttribute("objectionsChart", monthly(figures, "dashboard.objections",
                List.of("dashboard.objectionsRaised", "dashboard.objectionsUpheld", "dashboard.objectionsDismissed"),
                counts -> List.of(counts.getObjectionsRaised(), counts.getObjectionsUpheld(), counts.getObjectionsDismissed())));
        model.addAttribute("endedChart", monthly(figures, "dashboard.ended", List.of("dashboard.cancelled", "dashboard.revoked"),
                counts -> List.of(counts.getCancelled(), counts.getRevoked())));
        model.addAttribute("alerts", Calls.audit(() -> audit.listAlerts(10)));
        return "audit-dashboard";
    }

    /**
     * The registry's figures for the months asked for (by default, the twelve up to this one). A range the registry
     * refuses is explained on the page, which then shows the default months.
     */
    private RegistrationStatistics figuresFor(String from, String to, Model model) {
        String first = from == null || from.isBlank() ? null : from.strip();
        String last = to == null || to.isBlank() ? null : to.strip();
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        try {
            return Calls.registry(() -> statistics.getRegistrationStatistics(first, last));
        } catch (ServiceProblem refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            model.addAttribute(Actions.PROBLEM, refused);
            return Calls.registry(() -> statistics.getRegistrationStatistics(null, null));
        }
    }

    /** One chart of the months' figures: a column per series and month. */
    private MonthlyChart monthly(RegistrationStatistics figures, String title, List<String> series,
                                 java.util.function.Function<RegistrationFlow, List<Long>> values) {
        return MonthlyChart.of(message(title), series.stream().map(this::message).toList(), figures.getMonths().stream()
                .map(month -> new MonthlyChart.Entry(month.getMonth(), formats.month(month.getMonth()),
                        formats.monthOnly(month.getMonth()), formats.yearOf(month.getMonth()), values.apply(month.getCounts())))
                .toList());
    }

    /** The dashboard's lookup: an event's proof, or a registration's proven history. */
    @GetMapping("/audit/lookup")
    String lookup(@RequestParam(required = false) String event, @RequestParam(required = false) UUID registration) {
        if (event != null && !event.isBlank()) {
            return "redirect:/audit/events/" + org.springframework.web.util.UriUtils.encodePathSegment(event.strip(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        return registration == null ? "redirect:/audit" : "redirect:/audit/registrations/" + registration;
    }

    @GetMapping("/audit/checkpoints")
    String checkpoints(@RequestParam(defaultValue = "0") long fromSize, @RequestParam(defaultValue = "false") boolean anchoredOnly,
                       Model model) {
        long from = Math.max(0, fromSize);
        List<CheckpointView> checkpoints = Calls.audit(() -> audit.listCheckpoints(from, CHECKPOINTS_PER_PAGE, anchoredOnly));
        model.addAttribute("checkpoints", checkpoints);
        model.addAttribute("anchoredOnly", anchoredOnly);
        model.addAttribute("nextFrom", checkpoints.size() == CHECKPOINTS_PER_PAGE
                ? checkpoints.get(checkpoints.size() - 1).getTreeSize() + 1 : null);
        return "audit-checkpoints";
    }

    @GetMapping("/audit/registrations/{id}")
    String history(@PathVariable UUID id, Model model) {
        model.addAttribute("history", Calls.audit(() -> audit.getProvenHistory(id.toString())));
        model.addAttribute("registration", Calls.registry(() -> registrations.getRegistration(id)));
        return "audit-history";
    }

    /** One event's leaf and inclusion proof, with the log's keys: the page's script checks them in the browser. */
    @GetMapping("/audit/events/{eventId}")
    String event(@PathVariable String eventId, Model model) {
        EventProof proof = Calls.audit(() -> audit.getEventProof(eventId, null));
        LogStatus log = Calls.audit(audit::getLogStatus);
        model.addAttribute("proof", proof);
        model.addAttribute("log", log);
        model.addAttribute("proofJson", JSON.writeValueAsString(java.util.Map.of(
                "leaf", proof.getLeaf(),
                "leafHash", proof.getLeafHash(),
                "logIndex", proof.getLogIndex(),
                "treeSize", proof.getTreeSize() == null ? 0 : proof.getTreeSize(),
                "inclusionPath", proof.getInclusionPath() == null ? List.of() : proof.getInclusionPath(),
                "checkpoint", proof.getCheckpoint() == null ? "" : noteOf(proof.getCheckpoint()),
                "origin", log.getOrigin(),
                "logKey", log.getLogVerifierKey(),
                "witnessKey", log.getWitnessVerifierKey())));
        return "audit-event";
    }

    /** The event's self-contained C2SP tlog-proof receipt, to verify offline (e.g. with ledger-core's VerifyReceipt). */
    @GetMapping("/audit/events/{eventId}/receipt")
    org.springframework.http.ResponseEntity<String> receipt(@PathVariable String eventId) {
        String receipt = Calls.audit(() -> audit.getEventReceipt(eventId));
        return org.springframework.http.ResponseEntity.ok()
                .contentType(new org.springframework.http.MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
                        .attachment().filename(eventId.replaceAll("[^A-Za-z0-9-]", "_") + ".tlog-proof").build().toString())
                .body(receipt);
    }

    @GetMapping("/audit/report")
    String report(@RequestParam(defaultValue = "false") boolean run, Model model) {
        if (run) {
            model.addAttribute("report", Calls.audit(audit::runFullAudit));
        }
        return "audit-report";
    }

    /** The cosigned note when the witness has signed, else the log's own. */
    static String noteOf(CheckpointView checkpoint) {
        return checkpoint.getCosignedNote() != null ? checkpoint.getCosignedNote() : checkpoint.getSignedNote();
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
