package org.datadeed.ledger.chaincode;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.datadeed.ledger.core.merkle.Rfc6962;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * The world-state keys of the contract. Every lookup the contract makes is one key read:
 * <ul>
 *   <li>{@code log} composite key ({@code \u0000log\u0000<origin>\u0000}): the origin's {@link LogRecord};</li>
 *   <li>{@code latest} composite key ({@code \u0000latest\u0000<origin>\u0000}): a copy of the origin's latest
 *       {@link AnchorRecord}, so that the latest checkpoint is one read;</li>
 *   <li>checkpoint key {@code checkpoint/<hex SHA-256 of the origin>/<tree size, 19 digits>}: the
 *       {@link AnchorRecord} of that size. It is a simple key, not a composite one, because history pages start at
 *       an arbitrary tree size: Fabric range queries ({@code getStateByRange}) take simple keys only, and the
 *       zero-padded size makes key order tree-size order. The fixed-width digest keeps origins that are prefixes of
 *       one another apart.</li>
 * </ul>
 */
final class WorldStateKeys {

    static final String LOG = "log";
    static final String LATEST = "latest";

    private static final String CHECKPOINT_PREFIX = "checkpoint/";

    private WorldStateKeys() {
    }

    static String log(ChaincodeStub stub, String origin) {
        return stub.createCompositeKey(LOG, origin).toString();
    }

    static String latest(ChaincodeStub stub, String origin) {
        return stub.createCompositeKey(LATEST, origin).toString();
    }

    static String checkpoint(String origin, long treeSize) {
        return checkpointPrefix(origin) + String.format("%019d", treeSize);
    }

    /** The first key after every checkpoint key of {@code origin} (its prefix with the final '/' moved to '0'). */
    static String checkpointsEnd(String origin) {
        String prefix = checkpointPrefix(origin);
        return prefix.substring(0, prefix.length() - 1) + (char) ('/' + 1);
    }

    private static String checkpointPrefix(String origin) {
        return CHECKPOINT_PREFIX + HexFormat.of().formatHex(Rfc6962.sha256(origin.getBytes(StandardCharsets.UTF_8)))
                + "/";
    }
}
