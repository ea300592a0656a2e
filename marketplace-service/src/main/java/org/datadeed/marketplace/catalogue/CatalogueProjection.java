package org.datadeed.marketplace.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.datadeed.registry.registration.api.ApplicationContent;
import org.datadeed.registry.registration.api.DraftCreatedEvent;
import org.datadeed.registry.registration.api.DraftUpdatedEvent;
import org.datadeed.registry.registration.api.ParticularsChange;
import org.datadeed.registry.registration.api.ParticularsChangedEvent;
import org.datadeed.registry.registration.api.RecordCorrectedEvent;
import org.datadeed.registry.registration.api.RegistrationCancelledEvent;
import org.datadeed.registry.registration.api.RegistrationExpiredEvent;
import org.datadeed.registry.registration.api.RegistrationFrozenEvent;
import org.datadeed.registry.registration.api.RegistrationGrantedEvent;
import org.datadeed.registry.registration.api.RegistrationRenewedEvent;
import org.datadeed.registry.registration.api.RegistrationRevokedEvent;
import org.datadeed.registry.registration.api.RegistrationUnfrozenEvent;
import org.datadeed.registry.registration.api.RightClaim;
import org.datadeed.registry.registration.api.RightKind;
import org.datadeed.registry.registration.api.RightTransferredEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue follows the registry's events (a tracking processor, so the registry never waits for it): every
 * registration with its content and rights, listed once it is registered and carries an operation right, and kept
 * current as it changes, transfers, is frozen, renewed, expires, is cancelled or revoked. The operator of a product
 * is whoever holds its operation right.
 */
@Component
@ProcessingGroup(CatalogueProjection.NAME)
class CatalogueProjection {

    static final String NAME = "catalogue";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CatalogueProjection(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The mutable row while one event is applied. */
    private static final class Entry {
        UUID productId;
        String holderOrganisation;
        String holderName;
        ApplicationContent content;
        String status = "PENDING";
        String certificateNumber;
        LocalDate validUntil;
        boolean granted;
    }

    @EventHandler
    void on(DraftCreatedEvent event) {
        Entry entry = new Entry();
        entry.productId = event.registrationId();
        entry.holderOrganisation = event.holderOrganisation();
        entry.holderName = event.holderName();
        entry.content = event.content();
        save(entry, event.at());
    }

    @EventHandler
    void on(DraftUpdatedEvent event) {
        change(event.registrationId(), event.at(), entry -> entry.content = event.content());
    }

    @EventHandler
    void on(RegistrationGrantedEvent event) {
        change(event.registrationId(), event.at(), entry -> {
            entry.status = "REGISTERED";
            entry.granted = true;
            entry.certificateNumber = event.certificateNumber();
            entry.validUntil = event.validUntil();
        });
    }

    @EventHandler
    void on(ParticularsChangedEvent event) {
        change(event.registrationId(), event.at(), entry -> entry.content = apply(event.change(), entry.content));
    }

    @EventHandler
    void on(RecordCorrectedEvent event) {
        change(event.registrationId(), event.at(), entry -> entry.content = apply(event.change(), entry.content));
    }

    private static ApplicationContent apply(ParticularsChange change, ApplicationContent content) {
        return change == null ? content : change.applyTo(content);
    }

    @EventHandler
    void on(RightTransferredEvent event) {
        change(event.registrationId(), event.at(), entry -> {
            List<RightClaim> rights = new ArrayList<>();
            for (RightClaim right : entry.content.rights()) {
                rights.add(right.kind() == event.right()
                        ? new RightClaim(right.kind(), event.toOrganisation(), event.toName(), right.scope(), right.term(), right.territory())
                        : right);
            }
            ApplicationContent c = entry.content;
            entry.content = new ApplicationContent(c.objectType(), c.productForm(), c.name(), c.description(), c.industry(),
                    c.scenarios(), c.dataFormat(), c.storageLocation(), c.storageMethod(), c.updateFrequency(), c.timeSpan(),
                    c.recordCount(), c.sizeBytes(), c.classification(), c.personalInformation(),
                    c.sensitivePersonalInformation(), c.source(), c.fingerprint(), rights, c.agentName());
        });
    }

    @EventHandler
    void on(RegistrationFrozenEvent event) {
        change(event.registrationId(), event.at(), entry -> entry.status = "FROZEN");
    }

    @EventHandler
    void on(RegistrationUnfrozenEvent event) {
        change(event.registrationId(), event.at(), entry -> entry.status = "REGISTERED");
    }

    @EventHandler
    void on(RegistrationRenewedEvent event) {
        change(event.registrationId(), event.at(), entry -> entry.validUntil = event.validUntil());
    }

    @EventHandler
    void on(RegistrationExpiredEvent event) {
        change(event.registrationId(), event.at(), entry -> entry.status = "EXPIRED");
    }

    @EventHandler
    void on(RegistrationCancelledEvent event) {
        change(event.registrationId(), event.at(), entry -> entry.status = "CANCELLED");
    }

    @EventHandler
    void on(RegistrationRevokedEvent event) {
        change(event.registrationId(), event.at(), entry -> entry.status = "REVOKED");
    }

    private void change(UUID productId, Instant at, java.util.function.Consumer<Entry> change) {
        load(productId).ifPresent(entry -> {
            change.accept(entry);
            save(entry, at);
        });
    }

    private Optional<Entry> load(UUID productId) {
        return jdbc.sql("""
                        SELECT holder_organisation, holder_name, content, registration_status, certificate_number,
                               valid_until, listed
                        FROM catalogue_entry WHERE product_id = :id""")
                .param("id", productId)
                .query((rs, n) -> {
                    Entry entry = new Entry();
                    entry.productId = productId;
                    entry.holderOrganisation = rs.getString(1);
                    entry.holderName = rs.getString(2);
                    entry.content = json.readValue(rs.getString(3), ApplicationContent.class);
                    entry.status = rs.getString(4);
                    entry.certificateNumber = rs.getString(5);
                    entry.validUntil = rs.getObject(6, LocalDate.class);
                    entry.granted = rs.getBoolean(7) || !"PENDING".equals(entry.status);
                    return entry;
                })
                .optional();
    }

    private void save(Entry entry, Instant at) {
        ApplicationContent content = entry.content;
        Optional<RightClaim> operation = content.rights().stream().filter(r -> r.kind() == RightKind.OPERATION).findFirst();
        String operatorOrganisation = operation.map(r -> holderOf(r, entry)).orElse(null);
        String operatorName = operation.map(r -> r.holderOrganisation() == null || r.holderOrganisation().isBlank()
                ? entry.holderName : r.holderName()).orElse(null);
        List<CatalogueRight> rights = content.rights().stream()
                .map(r -> new CatalogueRight(r.kind().name(), holderOf(r, entry),
                        r.holderOrganisation() == null || r.holderOrganisation().isBlank() ? entry.holderName : r.holderName(),
                        r.territory()))
                .toList();
        jdbc.sql("""
                        INSERT INTO catalogue_entry (product_id, holder_organisation, holder_name, operator_organisation,
                            operator_name, object_type, product_form, name, description, industry, scenarios,
                            classification, personal_information, rights, content, registration_status,
                            certificate_number, valid_until, listed, updated_at)
                        VALUES (:id, :holder, :holderName, :operator, :operatorName, :objectType, :productForm, :name,
                            :description, :industry, CAST(:scenarios AS TEXT[]), :classification, :personal, CAST(:rights AS JSONB),
                            CAST(:content AS JSONB), :status, :certificate, :validUntil, :listed, :at)
                        ON CONFLICT (product_id) DO UPDATE SET
                            holder_organisation = EXCLUDED.holder_organisation, holder_name = EXCLUDED.holder_name,
                            operator_organisation = EXCLUDED.operator_organisation,
                            operator_name = EXCLUDED.operator_name, object_type = EXCLUDED.object_type,
                            product_form = EXCLUDED.product_form, name = EXCLUDED.name,
                            description = EXCLUDED.description, industry = EXCLUDED.industry,
                            scenarios = EXCLUDED.scenarios, classification = EXCLUDED.classification,
                            personal_information = EXCLUDED.personal_information, rights = EXCLUDED.rights,
                            content = EXCLUDED.content, registration_status = EXCLUDED.registration_status,
                            certificate_number = EXCLUDED.certificate_number, valid_until = EXCLUDED.valid_until,
                            listed = EXCLUDED.listed, updated_at = EXCLUDED.updated_at""")
                .param("id", entry.productId)
                .param("holder", entry.holderOrganisation)
                .param("holderName", entry.holderName)
                .param("operator", operatorOrganisation)
                .param("operatorName", operatorName)
                .param("objectType", content.objectType().name())
                .param("productForm", content.productForm() == null ? null : content.productForm().name())
                .param("name", content.name())
                .param("description", content.description())
                .param("industry", content.industry())
                .param("scenarios", CatalogueProjectionSupport.textArray(content.scenarios()))
                .param("classification", content.classification().name())
                .param("personal", content.personalInformation())
                .param("rights", json.writeValueAsString(rights))
                .param("content", json.writeValueAsString(content))
                .param("status", entry.status)
                .param("certificate", entry.certificateNumber)
                .param("validUntil", entry.validUntil)
                .param("listed", entry.granted && operatorOrganisation != null)
                .param("at", java.sql.Timestamp.from(at))
                .update();
    }

    private static String holderOf(RightClaim right, Entry entry) {
        return right.holderOrganisation() == null || right.holderOrganisation().isBlank()
                ? entry.holderOrganisation : right.holderOrganisation();
    }
}
