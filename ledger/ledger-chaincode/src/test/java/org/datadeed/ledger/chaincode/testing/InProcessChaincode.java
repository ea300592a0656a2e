package org.datadeed.ledger.chaincode.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.hyperledger.fabric.contract.ContractRouter;
import org.hyperledger.fabric.shim.Chaincode;
import org.hyperledger.fabric.shim.ChaincodeServer;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * The project's chaincode as a peer would run it, minus the network: the shim's own {@link ContractRouter} (the main
 * class of the chaincode-as-a-service jar), which finds the {@code @Contract} classes on the class path, builds the
 * contract metadata, converts arguments and results with its JSON serializer, and turns exceptions into responses.
 * One router per JVM, created on first use, as in a chaincode process.
 */
public final class InProcessChaincode {

    private static final String CHAINCODE_ID = "datadeed-anchor:in-process";

    /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
    private static final List<Logger> QUIETED = new ArrayList<>();

    private static ContractRouter router;

    private InProcessChaincode() {
    }

    /** Runs the transaction named by the stub's first argument; the response is what the peer would receive. */
    public static Chaincode.Response invoke(ChaincodeStub stub) {
        return router().invoke(stub);
    }

    private static void quiet(String name, Level level) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(level);
        QUIETED.add(logger);
    }

    private static synchronized ContractRouter router() {
        if (router == null) {
            ContractRouter created = new ContractRouter(new String[] {"-i", CHAINCODE_ID});
            // The constructor sets the shim's log levels; the shim then logs every invocation at INFO and every
            // refusal with its stack trace at SEVERE (ResponseUtils, whose logger hangs off
            // "org.hyperledger.fabric"). Refusals are what these tests provoke: keep their output readable.
            quiet("org.hyperledger.fabric", Level.OFF);
            quiet("org.hyperledger.fabric.contract", Level.WARNING);
            quiet("org.hyperledger.fabric.shim", Level.WARNING);
            quiet("org.datadeed.ledger.chaincode", Level.WARNING);
            try {
                // Scans for contracts and builds the metadata; the "server" is a no-op, there is no network.
                created.startRouterWithChaincodeServer(new ChaincodeServer() {
                    @Override
                    public void start() {
                    }

                    @Override
                    public void stop() {
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            router = created;
        }
        return router;
    }
}
