package org.datadeed.registry.registration.web;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.datadeed.api.registry.model.Registration;
import org.datadeed.platform.domain.Forbidden;
import org.datadeed.platform.idempotency.IdempotencyFilter;
import org.datadeed.platform.security.Caller;
import org.datadeed.platform.security.CurrentCaller;
import org.datadeed.platform.security.Role;
import org.datadeed.registry.registration.api.Actor;
import org.datadeed.registry.registration.query.RegistrationQueries;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What every registry endpoint that changes state does: decide which role the caller acts in (refusing callers
 * without it, and regulators, who change nothing), make sure the caller may see the registration at all, send the
 * command, and answer with the registration as it now stands.
 */
@Component
class CommandSupport {

    private final CommandGateway commands;
    private final RegistrationQueries queries;
    private final CurrentCaller currentCaller;
    private final Clock clock;

    CommandSupport(CommandGateway commands, RegistrationQueries queries, CurrentCaller currentCaller, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.currentCaller = currentCaller;
        this.clock = clock;
    }

    Caller caller() {
        return currentCaller.get();
    }

    /** The caller as the actor of a decision taken in one of the given roles; regulators change nothing. */
    Actor actingAs(Role... roles) {
        Caller caller = caller();
        if (caller.has(Role.REGULATOR)) {
            throw new Forbidden("Regulators read and change nothing");
        }
        for (Role role : roles) {
            if (caller.has(role)) {
                return new Actor(caller.subject(), caller.organisation(), role.name());
            }
        }
        throw new Forbidden("This needs one of the roles " + java.util.Arrays.toString(roles));
    }

    /** Anyone identified except a regulator, acting in its first role (objections). */
    Actor actingAsIdentifiedPerson() {
        Caller caller = caller();
        if (caller.has(Role.REGULATOR) || caller.roles().isEmpty()) {
            throw new Forbidden("Regulators read and change nothing; a role is needed to object");
        }
        Role role = caller.roles().stream().sorted().findFirst().orElseThrow();
        return new Actor(caller.subject(), caller.organisation(), role.name());
    }

    Instant now() {
        return clock.instant();
    }

    /**
     * Checks the caller may see the registration (404 otherwise) before anything else is looked at, then builds and
     * sends the command and returns the registration as it now stands.
     */
    ResponseEntity<Registration> send(UUID registrationId, Supplier<?> command) {
        queries.requireVisible(registrationId, caller());
        commands.sendAndWait(command.get());
        return ResponseEntity.ok(queries.get(registrationId, caller()));
    }

    void sendNew(Object command) {
        commands.sendAndWait(command);
    }

    /** An identifier that is the same for every retry of one idempotent request, random otherwise. */
    static UUID stableId(String purpose, Caller caller) {
        ServletRequestAttributes attributes = (ServletRequestAttributes) RequestContextHolder.getRequestAttributes();
        HttpServletRequest request = attributes == null ? null : attributes.getRequest();
        Object key = request == null ? null : request.getAttribute(IdempotencyFilter.KEY_ATTRIBUTE);
        if (key == null) {
            return UUID.randomUUID();
        }
        return UUID.nameUUIDFromBytes((purpose + "\n" + caller.actor() + "\n" + key).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
