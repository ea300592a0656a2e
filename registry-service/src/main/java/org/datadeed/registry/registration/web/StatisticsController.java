package org.datadeed.registry.registration.web;

import org.datadeed.api.registry.StatisticsApi;
import org.datadeed.api.registry.model.RegistrationStatistics;
import org.datadeed.platform.domain.Forbidden;
import org.datadeed.platform.security.Role;
import org.datadeed.registry.registration.query.StatisticsQueries;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry's figures, for regulators and the registrar only (the security chain refuses other roles too): what
 * was decided per month, and registrations by status.
 */
@RestController
class StatisticsController implements StatisticsApi {

    private final CommandSupport support;
    private final StatisticsQueries statistics;

    StatisticsController(CommandSupport support, StatisticsQueries statistics) {
        this.support = support;
        this.statistics = statistics;
    }

    @Override
    public ResponseEntity<RegistrationStatistics> getRegistrationStatistics(String from, String to) {
        if (!support.caller().hasAny(Role.REGULATOR, Role.REVIEWER)) {
            throw new Forbidden("The registry's statistics are for regulators and the registrar");
        }
        StatisticsRange range = StatisticsRange.of(from, to, statistics.currentMonth());
        return ResponseEntity.ok(statistics.registrations(range.from(), range.to()));
    }
}
