package org.datadeed.portal.journeys;

import java.util.List;
import java.util.Map;

/**
 * The worked example of {@code ledger/FORMAT.md} §9 (published example keys): leaf 1 of a three-leaf log, its
 * inclusion proof and the cosigned checkpoint, in the shape the portal's event page hands its verifier.
 */
final class FormatExample {

    static final String LEAF_1 = "{\"aggregateId\":\"asset-7f3e\",\"aggregateType\":\"DataAsset\",\"eventId\":\"0f5c8a3e-6b1d-4c9a-9d2e-3f4a5b6c7d81\","
            + "\"eventRevision\":\"1\",\"eventType\":\"org.datadeed.registry.asset.DataAssetSubmittedForReviewEvent\","
            + "\"formatVersion\":\"datadeed-leaf/v1\",\"globalIndex\":1,"
            + "\"metadataSha256\":\"b181923e9040f3001baf9e3d14aa0fc53f5ff53ea341ba74b24d25330d492437\","
            + "\"payloadSha256\":\"5ba4eb60240aaf8d246798aeecfff2f129fa5e27cecae5f1929d2e5c7b4780d5\","
            + "\"sequenceNumber\":1,\"timestamp\":\"2025-01-15T08:31:07.450Z\"}";

    static final String COSIGNED_CHECKPOINT = """
            datadeed.example/ledger
            3
            uIvvMheRD91L3HxW1tCPENJyrznVSDl9QKU9SSwmRhg=

            \u2014 datadeed.example/ledger okL9XnKO1ssvPf6m8q5iFnIPj7Lkoofto04WVfTthvbF8RycHpl+u6mdR0flw8IqIRgu9kp9AGWXvEmT39PKgrzhWQk=
            \u2014 regulator.example/witness OSVQGQAAAABnh4AYWGsLLDbc+ZSyQxpDxDY+Th9D4ABT6V8ZuSoBkayxAd9WEQJVBMUKu3s3uaOnUjWt2avc3lnrlrbjNe7llya1BQ==
            """;

    private FormatExample() {
    }

    /** The proof of {@code leaf} as leaf 1 of the example log (valid only for {@link #LEAF_1}). */
    static Map<String, Object> proof(String leaf) {
        return Map.of(
                "leaf", leaf,
                "leafHash", "20be551863521b56d82abd4d19e5b8a0d5c618a6bdca75b8e4c7b7a303fdf845",
                "logIndex", 1,
                "treeSize", 3,
                "inclusionPath", List.of("15610352064f3752a8527f27537cc3f597d338b76761058c58caf77fb023cc17",
                        "daf0fbf5c2c79b1a40ccb987514cf876722bfbb2a7af329a0782b9e8abb374af"),
                "checkpoint", COSIGNED_CHECKPOINT,
                "origin", "datadeed.example/ledger",
                "logKey", "datadeed.example/ledger+a242fd5e+ATQhhIlyCyoqI/pRAP0GF9B3sjDHGHRBE+3374n/cIi/",
                "witnessKey", "regulator.example/witness+39255019+BH8/kSQl0k3TCYMyGo91YKzEVl9CodXTS5MV1y6Bad3B");
    }
}
