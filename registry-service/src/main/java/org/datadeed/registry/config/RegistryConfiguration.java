package org.datadeed.registry.config;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.datadeed.platform.security.ResourceServerSecurity;
import org.datadeed.platform.security.Role;
import org.datadeed.registry.calendar.WorkingDayCalendar;
import org.datadeed.registry.registration.command.RegistrationPolicy;
import java.time.Clock;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Wires the registry: its rules, its calendar and its security rules. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class RegistryConfiguration {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RegistryConfiguration.class);

    @Bean
    RegistrationPolicy registrationPolicy(RegistryProperties properties) {
        return properties.policy();
    }

    @Bean
    WorkingDayCalendar workingDayCalendar(RegistryProperties properties, ResourceLoader resources) throws IOException {
        WorkingDayCalendar calendar = new WorkingDayCalendar(java.util.Map.of());
        for (String location : properties.calendars()) {
            try (Reader reader = new InputStreamReader(resources.getResource(location).getInputStream(), StandardCharsets.UTF_8)) {
                calendar = calendar.merge(WorkingDayCalendar.parse(reader));
            }
        }
        return calendar;
    }

    /** Every role but the regulator's may change something; regulators read and change nothing. */
    private static final String[] WRITERS = {Role.HOLDER.name(), Role.REVIEWER.name(), Role.ENTERPRISE.name(),
            Role.OPERATOR.name()};

    /**
     * Whether the official calendar covers this year and the next: a working-day deadline computed for a year without
     * its holiday data would count holidays as working days. Reported (status stays UP, readiness is unaffected) and
     * logged at start, so operators add the State Council's new arrangement in time.
     */
    @Bean
    HealthIndicator workingDayCalendarHealth(WorkingDayCalendar calendar, RegistrationPolicy policy, Clock clock) {
        int thisYear = policy.today(clock.instant()).getYear();
        java.util.SortedSet<Integer> covered = calendar.coveredYears();
        boolean coversNextYear = covered.contains(thisYear + 1);
        if (!covered.contains(thisYear) || !coversNextYear) {
            log.warn("The working-day calendar covers {} only; add the official arrangement for {} (datadeed.registry.calendars)",
                    covered, covered.contains(thisYear) ? thisYear + 1 : thisYear);
        }
        return () -> Health.up().withDetail("coveredYears", covered)
                .withDetail("coversThisYear", covered.contains(thisYear))
                .withDetail("coversNextYear", coversNextYear).build();
    }

    /**
     * Public: the notice board, certificate verification and health. The statistics are for regulators and reviewers.
     * Everything else needs a token; which role and organisation may do what is decided per operation in the
     * controllers and the aggregate.
     */
    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ResourceServerSecurity resourceServer) {
        resourceServer.configure(http)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/public/**").permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/statistics/**")
                                .hasAnyRole(Role.REGULATOR.name(), Role.REVIEWER.name())
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .requestMatchers("/api/**").hasAnyRole(WRITERS)
                        .anyRequest().authenticated());
        return http.build();
    }
}
