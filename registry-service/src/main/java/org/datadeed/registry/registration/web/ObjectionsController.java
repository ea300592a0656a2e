package org.datadeed.registry.registration.web;

import java.util.UUID;

import org.datadeed.api.registry.ObjectionsApi;
import org.datadeed.api.registry.model.ObjectionDecision;
import org.datadeed.api.registry.model.ObjectionFiling;
import org.datadeed.api.registry.model.Registration;
import org.datadeed.api.registry.model.Statement;
import org.datadeed.platform.security.Role;
import org.datadeed.registry.registration.api.*;
import org.datadeed.registry.registration.query.RegistrationQueries;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Objections during public notice: anyone identified raises one, the applicant answers, the registrar decides. */
@RestController
class ObjectionsController implements ObjectionsApi {

    private final CommandSupport support;
    private final RequestMapper mapper;
    private final RegistrationQueries queries;

    ObjectionsController(CommandSupport support, RequestMapper mapper, RegistrationQueries queries) {
        this.support = support;
        this.mapper = mapper;
        this.queries = queries;
    }

    @Override
    public ResponseEntity<Registration> raiseObjection(UUID registrationId, ObjectionFiling filing, String idempotencyKey) {
        Actor by = support.actingAsIdentifiedPerson();
        if (!queries.isInPublicNotice(registrationId)) {
            queries.requireVisible(registrationId, support.caller());
        }
        UUID objectionId = CommandSupport.stableId("objection", support.caller());
        support.sendNew(new RaiseObjectionCommand(registrationId, objectionId, filing.getObjectorName(),
                filing.getGrounds(), mapper.evidence(filing.getEvidence()), by, support.now()));
        return ResponseEntity.ok(queries.getOrPublicView(registrationId, support.caller()));
    }

    @Override
    public ResponseEntity<Registration> respondToObjection(UUID registrationId, UUID objectionId, Statement statement,
                                                           String idempotencyKey) {
        Actor by = support.actingAs(Role.HOLDER);
        return support.send(registrationId, () -> new RespondToObjectionCommand(registrationId, objectionId,
                statement.getStatement(), mapper.evidence(statement.getEvidence()), by, support.now()));
    }

    @Override
    public ResponseEntity<Registration> decideObjection(UUID registrationId, UUID objectionId, ObjectionDecision decision,
                                                        String idempotencyKey) {
        return support.send(registrationId, () -> new DecideObjectionCommand(registrationId, objectionId,
                Boolean.TRUE.equals(decision.getUpheld()), decision.getReason(), support.actingAs(Role.REVIEWER),
                support.now()));
    }
}
