package org.datadeed.marketplace.licence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.datadeed.marketplace.messages.Actor;
import org.datadeed.marketplace.messages.ResumeLicenceCommand;
import org.datadeed.marketplace.messages.RevokeLicenceCommand;
import org.datadeed.marketplace.messages.SuspendLicenceCommand;
import org.datadeed.registry.registration.api.RegistrationCancelledEvent;
import org.datadeed.registry.registration.api.RegistrationExpiredEvent;
import org.datadeed.registry.registration.api.RegistrationFrozenEvent;
import org.datadeed.registry.registration.api.RegistrationRevokedEvent;
import org.datadeed.registry.registration.api.RegistrationUnfrozenEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps licences in step with their product's registration (a tracking processor on the registry's events): a
 * frozen product's licences are suspended and resumed when it is unfrozen; a cancelled, revoked or expired
 * registration ends its licences (revoked by the system, with the registry's reason). It acts on what happens now:
 * when its processor is reset to replay the registry's history, it does nothing ({@link DisallowReplay}); an old
 * freeze must not suspend licences granted after it was lifted.
 */
@Component
@DisallowReplay
@ProcessingGroup("product-availability")
class ProductAvailability {

    private final JdbcClient jdbc;
    private final CommandGateway commands;

    ProductAvailability(JdbcClient jdbc, CommandGateway commands) {
        this.jdbc = jdbc;
        this.commands = commands;
    }

    @EventHandler
    void on(RegistrationFrozenEvent event) {
        forEach(event.registrationId(), List.of("ACTIVE"), id -> new SuspendLicenceCommand(id,
                "the product's registration was frozen (" + event.issuingAuthority() + " " + event.orderReference() + ")",
                Actor.SYSTEM, event.at()));
    }

    @EventHandler
    void on(RegistrationUnfrozenEvent event) {
        forEach(event.registrationId(), List.of("SUSPENDED"), id -> new ResumeLicenceCommand(id,
                "the product's registration was unfrozen", Actor.SYSTEM, event.at()));
    }

    @EventHandler
    void on(RegistrationCancelledEvent event) {
        end(event.registrationId(), "the product's registration was cancelled: " + event.reason(), event.at());
    }

    @EventHandler
    void on(RegistrationRevokedEvent event) {
        end(event.registrationId(), "the product's registration was revoked: " + event.reason(), event.at());
    }

    @EventHandler
    void on(RegistrationExpiredEvent event) {
        end(event.registrationId(), "the product's registration expired on " + event.validUntil(), event.at());
    }

    private void end(UUID productId, String reason, Instant at) {
        forEach(productId, List.of("ACTIVE", "SUSPENDED", "AWAITING_APPROVAL"),
                id -> new RevokeLicenceCommand(id, reason, Actor.SYSTEM, at));
    }

    private void forEach(UUID productId, List<String> statuses, Function<UUID, Object> command) {
        List<UUID> ids = jdbc.sql("SELECT licence_id FROM licence_view WHERE product_id = :product AND status IN (:statuses)")
                .param("product", productId).param("statuses", statuses).query(UUID.class).list();
        ids.forEach(id -> commands.sendAndWait(command.apply(id)));
    }
}
