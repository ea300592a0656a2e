package org.datadeed.ledger.core.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.datadeed.ledger.core.FormatException;
import org.datadeed.ledger.core.merkle.Hash;
import org.datadeed.ledger.core.merkle.Rfc6962;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CheckpointTest {

    /** The note text of the example in https://c2sp.org/tlog-checkpoint. */
    private static final String SPEC_EXAMPLE = "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";

    @Test
    void specificationExampleParsesAndFormatsBackIdentically() {
        Checkpoint checkpoint = Checkpoint.parse(SPEC_EXAMPLE);

        assertThat(checkpoint.origin()).isEqualTo("example.com/behind-the-sofa");
        assertThat(checkpoint.size()).isEqualTo(20852163);
        assertThat(checkpoint.rootHash().base64()).isEqualTo("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=");
        assertThat(checkpoint.extensions()).isEmpty();
        assertThat(checkpoint.body()).isEqualTo(SPEC_EXAMPLE);
    }

    @Test
    void extensionLinesFollowTheRootHashAndRoundTrip() {
        Checkpoint checkpoint = new Checkpoint("log.example", 7, Rfc6962.emptyRoot(), List.of("ext one", "ext two"));
        assertThat(checkpoint.body()).endsWith("\next one\next two\n");
        assertThat(Checkpoint.parse(checkpoint.body())).isEqualTo(checkpoint);
    }

    @Test
    void emptyTreeHasSizeZero() {
        Checkpoint empty = Checkpoint.of("log.example", 0, Rfc6962.emptyRoot());
        assertThat(empty.body()).isEqualTo("log.example\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n");
        assertThat(Checkpoint.parse(empty.body())).isEqualTo(empty);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "example.com/log\n12\n",
            "example.com/log\n12\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=",
            "\n12\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
            "example.com/log\n012\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
            "example.com/log\n+12\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
            "example.com/log\n-1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
            "example.com/log\n1 2\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
            "example.com/log\n99999999999999999999\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
            "example.com/log\n12\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I\n",
            "example.com/log\n12\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jx\n",
            "example.com/log\n12\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n\n",
            "example.com/log\n12\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n\next\n",
            "example.com/log\r\n12\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n"})
    void malformedCheckpointIsRejected(String text) {
        assertThatThrownBy(() -> Checkpoint.parse(text)).isInstanceOf(FormatException.class);
    }

    @Test
    void checkpointCannotBeBuiltWithAnEmptyOriginOrExtension() {
        Hash root = Rfc6962.emptyRoot();
        assertThatThrownBy(() -> Checkpoint.of("", 0, root)).isInstanceOf(FormatException.class);
        assertThatThrownBy(() -> new Checkpoint("o", 0, root, List.of(""))).isInstanceOf(FormatException.class);
        assertThatThrownBy(() -> new Checkpoint("o", 0, root, List.of("a\nb"))).isInstanceOf(FormatException.class);
        assertThatThrownBy(() -> Checkpoint.of("o", -1, root)).isInstanceOf(IllegalArgumentException.class);
    }
}
