package org.datadeed.ledger.chaincode.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.hyperledger.fabric.protos.peer.SignedProposal;

/**
 * What a peer hands the chaincode for one transaction proposal.
 *
 * @param transactionId  the transaction id
 * @param channelId      the channel
 * @param args           the function name, then its arguments
 * @param creator        the serialized identity (msp.SerializedIdentity) of the client
 * @param timestamp      the proposal's timestamp
 * @param peerMspId      the MSP id of the executing peer
 * @param signedProposal the proposal, if the caller has one
 */
public record Invocation(String transactionId, String channelId, List<byte[]> args, byte[] creator,
                         Instant timestamp, String peerMspId, SignedProposal signedProposal) {

    public Invocation {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(channelId, "channelId");
        args = args.stream().map(byte[]::clone).toList();
        creator = creator.clone();
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(peerMspId, "peerMspId");
    }

    /** An invocation of {@code function} with string arguments and no signed proposal. */
    public static Invocation of(String transactionId, Instant timestamp, TestIdentity client, String function,
                                String... arguments) {
        List<byte[]> args = new ArrayList<>();
        args.add(function.getBytes(StandardCharsets.UTF_8));
        for (String argument : arguments) {
            args.add(argument.getBytes(StandardCharsets.UTF_8));
        }
        return new Invocation(transactionId, "datadeed", args, client.serialized(), timestamp, client.mspId(), null);
    }

    @Override
    public List<byte[]> args() {
        return args.stream().map(byte[]::clone).toList();
    }

    @Override
    public byte[] creator() {
        return creator.clone();
    }
}
