package org.datadeed.registry.registration.query;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import org.datadeed.api.registry.model.MonthlyRegistrationFlow;
import org.datadeed.api.registry.model.RegistrationFlow;
import org.datadeed.api.registry.model.RegistrationStatistics;
import org.datadeed.api.registry.model.RegistrationStatus;
import org.datadeed.api.registry.model.StatusCount;
import org.datadeed.registry.registration.api.AcceptanceRefusedEvent;
import org.datadeed.registry.registration.api.ApplicationRejectedEvent;
import org.datadeed.registry.registration.api.ApplicationSubmittedEvent;
import org.datadeed.registry.registration.api.ObjectionDismissedEvent;
import org.datadeed.registry.registration.api.ObjectionRaisedEvent;
import org.datadeed.registry.registration.api.ObjectionUpheldEvent;
import org.datadeed.registry.registration.api.RegistrationCancelledEvent;
import org.datadeed.registry.registration.api.RegistrationGrantedEvent;
import org.datadeed.registry.registration.api.RegistrationRevokedEvent;
import org.datadeed.registry.registration.command.RegistrationPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The registry's figures for regulators and the registrar: what was decided in each calendar month (counted from
 * {@code registration_timeline}, which the projection writes from the events, in one grouped query), and how many
 * registrations are in each status now. Months are those of the registry's time zone. Who may read them is decided
 * by the caller of this class.
 */
@Service
public class StatisticsQueries {

    /** Each figure of a month, and the event that counts towards it. */
    private enum Figure {
        SUBMITTED(ApplicationSubmittedEvent.class, RegistrationFlow::setSubmitted),
        NOT_ACCEPTED(AcceptanceRefusedEvent.class, RegistrationFlow::setNotAccepted),
        REJECTED(ApplicationRejectedEvent.class, RegistrationFlow::setRejected),
        REGISTERED(RegistrationGrantedEvent.class, RegistrationFlow::setRegistered),
        OBJECTIONS_RAISED(ObjectionRaisedEvent.class, RegistrationFlow::setObjectionsRaised),
        OBJECTIONS_UPHELD(ObjectionUpheldEvent.class, RegistrationFlow::setObjectionsUpheld),
        OBJECTIONS_DISMISSED(ObjectionDismissedEvent.class, RegistrationFlow::setObjectionsDismissed),
        CANCELLED(RegistrationCancelledEvent.class, RegistrationFlow::setCancelled),
        REVOKED(RegistrationRevokedEvent.class, RegistrationFlow::setRevoked);

        private final String eventType;
        private final BiConsumer<RegistrationFlow, Long> setter;

        Figure(Class<?> event, BiConsumer<RegistrationFlow, Long> setter) {
            this.eventType = RegistrationProjection.eventName(event);
            this.setter = setter;
        }
    }

    /** Per month, one column per figure: its events in that month, in the registry's zone. */
    private static final String MONTHLY = "SELECT to_char(occurred_at AT TIME ZONE CAST(:zone AS TEXT), 'YYYY-MM') AS month, "
            + java.util.Arrays.stream(Figure.values())
                    .map(figure -> "COUNT(*) FILTER (WHERE type = :" + figure.name() + ") AS " + figure.name())
                    .collect(Collectors.joining(", "))
            + " FROM registration_timeline WHERE occurred_at >= :start AND occurred_at < :end AND type IN (:types)"
            + " GROUP BY 1 ORDER BY 1";

    private final JdbcClient jdbc;
    private final ZoneId zone;
    private final Clock clock;

    StatisticsQueries(JdbcClient jdbc, RegistrationPolicy policy, Clock clock) {
        this.jdbc = jdbc;
        this.zone = policy.zone();
        this.clock = clock;
    }

    /** The current month in the registry's time zone. */
    public YearMonth currentMonth() {
        return YearMonth.from(clock.instant().atZone(zone));
    }

    /** Every month from {@code from} to {@code to}, both included (zeros included), their totals, and the statuses now. */
    public RegistrationStatistics registrations(YearMonth from, YearMonth to) {
        Map<String, Object> params = new HashMap<>();
        for (Figure figure : Figure.values()) {
            params.put(figure.name(), figure.eventType);
        }
        params.put("types", java.util.Arrays.stream(Figure.values()).map(figure -> figure.eventType).toList());
        params.put("zone", zone.getId());
        params.put("start", from.atDay(1).atStartOfDay(zone).toOffsetDateTime());
        params.put("end", to.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime());
        Map<String, Map<Figure, Long>> counted = new HashMap<>();
        jdbc.sql(MONTHLY).params(params).query(rs -> {
            Map<Figure, Long> figures = new EnumMap<>(Figure.class);
            for (Figure figure : Figure.values()) {
                figures.put(figure, rs.getLong(figure.name()));
            }
            counted.put(rs.getString("month"), figures);
        });
        List<MonthlyRegistrationFlow> months = new ArrayList<>();
        Map<Figure, Long> totals = new EnumMap<>(Figure.class);
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            Map<Figure, Long> figures = counted.getOrDefault(month.toString(), Map.of());
            months.add(new MonthlyRegistrationFlow(month.toString(), flow(figures)));
            figures.forEach((figure, count) -> totals.merge(figure, count, Long::sum));
        }
        return new RegistrationStatistics(from.toString(), to.toString(), zone.getId(), ApiModels.time(clock.instant()),
                months, flow(totals), byStatus());
    }

    /** Every status, in the order of the API's enumeration, with how many registrations are in it now. */
    private List<StatusCount> byStatus() {
        Map<String, Long> counted = jdbc.sql("SELECT status, COUNT(*) FROM registration_view GROUP BY status")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new ArrayList<>(java.util.Arrays.stream(RegistrationStatus.values())
                .map(status -> new StatusCount(status, counted.getOrDefault(status.getValue(), 0L))).toList());
    }

    private static RegistrationFlow flow(Map<Figure, Long> figures) {
        RegistrationFlow flow = new RegistrationFlow();
        for (Figure figure : Figure.values()) {
            figure.setter.accept(flow, figures.getOrDefault(figure, 0L));
        }
        return flow.refused(flow.getNotAccepted() + flow.getRejected());
    }
}
