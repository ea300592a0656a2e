package org.datadeed.benchmarks.ledger;

/** The payload of the domain events the harness appends: a small record, about the size of a real event's. */
public record BenchmarkEvent(String text, long number) {
}
