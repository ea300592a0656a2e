/**
 * Benchmarks of the DataDeed ledger: JMH benchmarks of the RFC 6962 log ({@code merkle}) and a throughput and
 * anchoring-lag harness of the ledger service ({@code ledger}). Run from the shaded {@code benchmarks.jar}; see
 * {@code BENCHMARKS.md} at the repository root for the commands and the measured figures.
 */
package org.datadeed.benchmarks;
