package org.datadeed.registry.certificate;

import java.time.LocalDate;

import org.datadeed.registry.config.RegistryProperties;
import org.datadeed.registry.registration.api.ObjectType;
import org.datadeed.registry.registration.command.RegistrationNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Numbers from the {@code number_sequence} table, taken inside the command's transaction: a serial per kind and
 * year, never reused. Registration numbers read {@code DDR-2026-DP-000042}; certificate numbers
 * {@code ZJ-DDR-2026-DP-000042-K}, the last character an ISO/IEC 7064 MOD 37,36 check character.
 */
@Component
class JdbcRegistrationNumbers implements RegistrationNumbers {

    private final JdbcClient jdbc;
    private final RegistryProperties properties;

    JdbcRegistrationNumbers(JdbcClient jdbc, RegistryProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public String nextRegistrationNumber(ObjectType type, LocalDate on) {
        long serial = next("registration", on.getYear());
        return "%s-%d-%s-%06d".formatted(properties.registrar(), on.getYear(), typeCode(type), serial);
    }

    @Override
    public String nextCertificateNumber(ObjectType type, LocalDate on) {
        long serial = next("certificate", on.getYear());
        String number = "%s-%s-%d-%s-%06d".formatted(properties.jurisdiction(), properties.registrar(), on.getYear(),
                typeCode(type), serial);
        return number + "-" + CheckCharacter.compute(number);
    }

    static String typeCode(ObjectType type) {
        return switch (type) {
            case DATA_RESOURCE -> "DR";
            case DATA_PRODUCT -> "DP";
            case DATA_ASSET -> "DA";
        };
    }

    private long next(String kind, int year) {
        return jdbc.sql("""
                        INSERT INTO number_sequence (kind, year, last_used) VALUES (:kind, :year, 1)
                        ON CONFLICT (kind, year) DO UPDATE SET last_used = number_sequence.last_used + 1
                        RETURNING last_used""")
                .param("kind", kind).param("year", year)
                .query(Long.class).single();
    }
}
