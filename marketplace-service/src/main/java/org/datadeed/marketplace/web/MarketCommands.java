package org.datadeed.marketplace.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.datadeed.marketplace.messages.Actor;
import org.datadeed.platform.domain.DomainRuleViolation;
import org.datadeed.platform.domain.Forbidden;
import org.springframework.dao.DuplicateKeyException;
import org.datadeed.platform.idempotency.IdempotencyFilter;
import org.datadeed.platform.security.Caller;
import org.datadeed.platform.security.CurrentCaller;
import org.datadeed.platform.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What every marketplace endpoint that changes state does: decide the role the caller acts in (regulators change
 * nothing, except a revocation, which the licence endpoint asks for explicitly), stamp the time, send the command.
 */
@Component
public class MarketCommands {

    private final CommandGateway commands;
    private final CurrentCaller currentCaller;
    private final Clock clock;

    MarketCommands(CommandGateway commands, CurrentCaller currentCaller, Clock clock) {
        this.commands = commands;
        this.currentCaller = currentCaller;
        this.clock = clock;
    }

    public Caller caller() {
        return currentCaller.get();
    }

    public Instant now() {
        return clock.instant();
    }

    /** The caller as the actor of a change made in one of the given roles; regulators change nothing. */
    public Actor actingAs(Role... roles) {
        Caller caller = caller();
        if (caller.has(Role.REGULATOR) && !Arrays.asList(roles).contains(Role.REGULATOR)) {
            throw new Forbidden("Regulators read and change nothing");
        }
        for (Role role : roles) {
            if (caller.has(role)) {
                return new Actor(caller.subject(), caller.organisation(), role.name());
            }
        }
        throw new Forbidden("This needs one of the roles " + Arrays.toString(roles));
    }

    /**
     * Sends the command and waits. A unique key that refuses the change in the projection's transaction (a quote used
     * by a concurrent application) is a rule violation, not an error.
     */
    public <R> R send(Object command) {
        try {
            return commands.sendAndWait(command);
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof DuplicateKeyException && String.valueOf(cause.getMessage()).contains("quote_use")) {
                    throw new DomainRuleViolation("quote-already-used", "The quote is used by another licence already");
                }
            }
            throw e;
        }
    }

    /** An identifier that is the same for every retry of one idempotent request, random otherwise. */
    public UUID stableId(String purpose) {
        ServletRequestAttributes attributes = (ServletRequestAttributes) RequestContextHolder.getRequestAttributes();
        HttpServletRequest request = attributes == null ? null : attributes.getRequest();
        Object key = request == null ? null : request.getAttribute(IdempotencyFilter.KEY_ATTRIBUTE);
        if (key == null) {
            return UUID.randomUUID();
        }
        return UUID.nameUUIDFromBytes((purpose + "\n" + caller().actor() + "\n" + key).getBytes(StandardCharsets.UTF_8));
    }
}
