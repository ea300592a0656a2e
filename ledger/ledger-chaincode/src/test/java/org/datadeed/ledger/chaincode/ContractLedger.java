package org.datadeed.ledger.chaincode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.datadeed.ledger.chaincode.testing.Invocation;
import org.datadeed.ledger.chaincode.testing.ReadWriteSet;
import org.datadeed.ledger.chaincode.testing.SimulatedStub;
import org.datadeed.ledger.chaincode.testing.TestIdentity;
import org.datadeed.ledger.chaincode.testing.WorldState;
import org.hyperledger.fabric.contract.Context;

/**
 * Runs {@link CheckpointContract} transactions the way a peer does, against an in-memory world state: each
 * transaction gets its own simulated stub, transaction id and timestamp, and a real {@link Context} built from the
 * client's serialized X.509 identity; a submitted transaction is committed (MVCC-checked) after it ran.
 */
final class ContractLedger {

    static final TestIdentity OPERATOR = TestIdentity.generate("OperatorMSP", "ledger-service");
    static final TestIdentity REGULATOR = TestIdentity.generate("RegulatorMSP", "regulator-auditor");

    static final Instant START = Instant.parse("2025-03-01T12:00:00.123456789Z");

    /** A transaction that ran: its id, what it returned, what it read and wrote. */
    record Ran<T>(String transactionId, Instant timestamp, T result, ReadWriteSet readWriteSet) {
    }

    final WorldState state = new WorldState();
    final CheckpointContract contract = new CheckpointContract();
    private long transactions;

    /** Simulates {@code transaction} as {@code client} without committing it. */
    <T> Ran<T> simulate(TestIdentity client, Function<Context, T> transaction) {
        transactions++;
        String txId = String.format("tx%04d", transactions);
        Instant timestamp = START.plus(Duration.ofSeconds(transactions));
        SimulatedStub stub = new SimulatedStub(state,
                new Invocation(txId, "datadeed", List.of(), client.serialized(), timestamp, client.mspId(), null));
        T result = transaction.apply(new Context(stub));
        return new Ran<>(txId, timestamp, result, stub.readWriteSet());
    }

    /** Simulates and commits {@code transaction} as the operator. */
    <T> Ran<T> submit(Function<Context, T> transaction) {
        return submit(OPERATOR, transaction);
    }

    /** Simulates and commits {@code transaction} as {@code client}. */
    <T> Ran<T> submit(TestIdentity client, Function<Context, T> transaction) {
        Ran<T> ran = simulate(client, transaction);
        commit(ran).ifPresent(conflict -> {
            throw new IllegalStateException("transaction " + ran.transactionId() + " is invalid: " + conflict);
        });
        return ran;
    }

    /** Commits a simulated transaction in the next block. */
    Optional<WorldState.Conflict> commit(Ran<?> ran) {
        return state.commit(ran.readWriteSet(), new WorldState.Version(transactions, 0));
    }

    /** Runs a query. */
    String evaluate(Function<Context, String> query) {
        return simulate(REGULATOR, query).result();
    }
}
