package org.datadeed.portal.web;

import java.util.List;
import java.util.Map;

import org.datadeed.client.audit.api.AuditApi;
import org.datadeed.client.audit.model.CheckpointView;
import org.datadeed.client.audit.model.ConsistencyProofView;
import org.datadeed.client.audit.model.LogStatus;
import org.datadeed.portal.api.Calls;
import org.datadeed.portal.api.ServiceProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/**
 * The regulator's ledger explorer beyond the list of checkpoints: one checkpoint with its signed note, witness
 * cosignatures and anchoring transaction; and the consistency proof between two checkpoints, which the page's script
 * checks in the browser against the two signed notes (the portal is not trusted with the verdict).
 */
@Controller
class LedgerExplorerController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditApi audit;
    private final MessageSource messages;

    LedgerExplorerController(AuditApi audit, MessageSource messages) {
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/audit/checkpoints/{treeSize}")
    String checkpoint(@PathVariable long treeSize, Model model) {
        CheckpointView checkpoint = Calls.audit(() -> audit.getCheckpoint(treeSize));
        CheckpointView latest = Calls.audit(() -> audit.getLatestCheckpoint(false));
        List<CheckpointView> next = Calls.audit(() -> audit.listCheckpoints(treeSize + 1, 1, false));
        model.addAttribute("checkpoint", checkpoint);
        model.addAttribute("latest", latest);
        model.addAttribute("next", next.isEmpty() ? null : next.get(0));
        return "audit-checkpoint";
    }

    /** Both checkpoints as published and the proof between them; the page's script decides whether they agree. */
    @GetMapping("/audit/consistency")
    String consistency(@RequestParam long from, @RequestParam long to, Model model) {
        if (from < 1 || from >= to) {
            throw ServiceProblem.refusedHere(messages.getMessage("ledger.consistency.order", null, LocaleContextHolder.getLocale()));
        }
        CheckpointView older = Calls.audit(() -> audit.getCheckpoint(from));
        CheckpointView newer = Calls.audit(() -> audit.getCheckpoint(to));
        ConsistencyProofView proof = Calls.audit(() -> audit.getConsistencyProof(from, to));
        LogStatus log = Calls.audit(audit::getLogStatus);
        model.addAttribute("older", older);
        model.addAttribute("newer", newer);
        model.addAttribute("proof", proof);
        model.addAttribute("consistencyJson", JSON.writeValueAsString(Map.of(
                "fromSize", from,
                "toSize", to,
                "fromCheckpoint", AuditController.noteOf(older),
                "toCheckpoint", AuditController.noteOf(newer),
                "path", proof.getPath() == null ? List.of() : proof.getPath(),
                "origin", log.getOrigin(),
                "logKey", log.getLogVerifierKey(),
                "witnessKey", log.getWitnessVerifierKey())));
        return "audit-consistency";
    }
}
