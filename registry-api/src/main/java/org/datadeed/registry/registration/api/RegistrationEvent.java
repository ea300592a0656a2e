package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;

/** Every event of a registration: each names the registration, who caused it and when. */
public interface RegistrationEvent {

    UUID registrationId();

    Actor by();

    Instant at();
}
