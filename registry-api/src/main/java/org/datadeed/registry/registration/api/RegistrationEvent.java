package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;

/** Every event of a registration: each names the registration, who caused it and when. */
public interface RegistrationEvent {

    UUID registrationId();

    Actor by();

    Instant at();

    /** The reason given for the event, if the event carries one; events with a {@code reason} component override this. */
    default String reason() {
        return null;
    }
}
