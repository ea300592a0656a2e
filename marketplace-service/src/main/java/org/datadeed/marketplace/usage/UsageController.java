package org.datadeed.marketplace.usage;

import java.util.UUID;

import org.datadeed.api.marketplace.UsageApi;
import org.datadeed.api.marketplace.model.LicenceUsage;
import org.datadeed.api.marketplace.model.UsageBatch;
import org.datadeed.api.marketplace.model.UsageBatchResult;
import org.datadeed.marketplace.licence.LicenceQueries;
import org.datadeed.marketplace.messages.Actor;
import org.datadeed.marketplace.web.MarketCommands;
import org.datadeed.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Usage: operators' delivery points report it; licensees, operators and regulators read it. */
@RestController
class UsageController implements UsageApi {

    private final UsageIngest ingest;
    private final LicenceQueries licences;
    private final MarketCommands commands;

    UsageController(UsageIngest ingest, LicenceQueries licences, MarketCommands commands) {
        this.ingest = ingest;
        this.licences = licences;
        this.commands = commands;
    }

    @Override
    public ResponseEntity<UsageBatchResult> ingestUsage(UsageBatch batch, String idempotencyKey) {
        Actor by = commands.actingAs(Role.OPERATOR);
        return ResponseEntity.ok(ingest.ingest(by.organisation(), batch.getRecords(), commands.now()));
    }

    @Override
    public ResponseEntity<LicenceUsage> getLicenceUsage(UUID licenceId) {
        return ResponseEntity.ok(licences.usage(licenceId, commands.caller()));
    }
}
