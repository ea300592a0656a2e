package org.datadeed.registry.registration.command;

import java.time.LocalDate;

import org.datadeed.registry.registration.api.ObjectType;

/**
 * Issues the unique numbers of the registry. Implementations must never issue a number twice, and should issue them
 * in the same transaction as the event that records them, so that a failed command leaves no number behind.
 */
public interface RegistrationNumbers {

    /** The registration (application) number given at acceptance. */
    String nextRegistrationNumber(ObjectType type, LocalDate on);

    /** The certificate number, {@code jurisdiction-registrar-year-type-serial-check}, given at registration. */
    String nextCertificateNumber(ObjectType type, LocalDate on);
}
