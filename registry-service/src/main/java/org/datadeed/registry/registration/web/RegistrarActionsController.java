package org.datadeed.registry.registration.web;

import java.util.UUID;

import org.datadeed.api.registry.RegistrarActionsApi;
import org.datadeed.api.registry.model.ChangeFiling;
import org.datadeed.api.registry.model.OrderDecision;
import org.datadeed.api.registry.model.Refusal;
import org.datadeed.api.registry.model.Registration;
import org.datadeed.platform.security.Role;
import org.datadeed.registry.registration.api.*;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Registrar actions of its own motion or on an order; reviewers only. */
@RestController
class RegistrarActionsController implements RegistrarActionsApi {

    private final CommandSupport support;

    RegistrarActionsController(CommandSupport support) {
        this.support = support;
    }

    @Override
    public ResponseEntity<Registration> freezeRegistration(UUID registrationId, OrderDecision order, String idempotencyKey) {
        return support.send(registrationId, () -> new FreezeRegistrationCommand(registrationId, order.getOrderReference(),
                order.getIssuingAuthority(), order.getOrderSha256(), order.getReason(), support.actingAs(Role.REVIEWER),
                support.now()));
    }

    @Override
    public ResponseEntity<Registration> unfreezeRegistration(UUID registrationId, OrderDecision order, String idempotencyKey) {
        return support.send(registrationId, () -> new UnfreezeRegistrationCommand(registrationId, order.getOrderReference(),
                order.getIssuingAuthority(), order.getOrderSha256(), order.getReason(), support.actingAs(Role.REVIEWER),
                support.now()));
    }

    @Override
    public ResponseEntity<Registration> cancelExOfficio(UUID registrationId, Refusal refusal, String idempotencyKey) {
        return support.send(registrationId, () -> new CancelExOfficioCommand(registrationId,
                RequestMapper.convert(refusal.getGrounds(), RefusalGrounds.class), refusal.getReason(),
                support.actingAs(Role.REVIEWER), support.now()));
    }

    @Override
    public ResponseEntity<Registration> correctExOfficio(UUID registrationId, ChangeFiling change, String idempotencyKey) {
        return support.send(registrationId, () -> new CorrectExOfficioCommand(registrationId, RequestMapper.change(change),
                change.getReason(), support.actingAs(Role.REVIEWER), support.now()));
    }

    @Override
    public ResponseEntity<Registration> revokeRegistration(UUID registrationId, Refusal refusal, String idempotencyKey) {
        return support.send(registrationId, () -> new RevokeRegistrationCommand(registrationId,
                RequestMapper.convert(refusal.getGrounds(), RefusalGrounds.class), refusal.getReason(),
                support.actingAs(Role.REVIEWER), support.now()));
    }
}
