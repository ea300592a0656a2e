/**
 * The ledger service under load in one JVM with its PostgreSQL: how fast events go from the event store to an
 * anchored checkpoint, and how long an event waits for its anchor at a steady rate ({@link
 * org.datadeed.benchmarks.ledger.LedgerThroughput}).
 */
package org.datadeed.benchmarks.ledger;
