package org.datadeed.registry.registration.api;

import java.time.LocalDate;

/** A period from a first day to an optional last day (open-ended when {@code until} is null). */
public record Term(LocalDate from, LocalDate until) {

    public boolean contains(Term other) {
        boolean startsInside = !other.from().isBefore(from);
        boolean endsInside = until == null || (other.until() != null && !other.until().isAfter(until));
        return startsInside && endsInside;
    }

    public boolean overlaps(Term other) {
        boolean thisEndsBeforeOther = until != null && until.isBefore(other.from());
        boolean otherEndsBeforeThis = other.until() != null && other.until().isBefore(from);
        return !thisEndsBeforeOther && !otherEndsBeforeThis;
    }
}
