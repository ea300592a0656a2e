package org.datadeed.ledger.core.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class Ed25519Test {

    private static final HexFormat HEX = HexFormat.of();

    // RFC 8032 §7.1, TEST 1.
    private static final byte[] SEED = HEX.parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    private static final byte[] PUBLIC = HEX.parseHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    private static final byte[] SIGNATURE = HEX.parseHex(
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");

    @Test
    void publicKeyIsDerivedFromTheSeedAsRfc8032Specifies() {
        assertThat(Ed25519.publicKey(SEED)).isEqualTo(PUBLIC);
    }

    @Test
    void signatureMatchesRfc8032TestVector() {
        assertThat(Ed25519.sign(Ed25519.privateKey(SEED), new byte[0])).isEqualTo(SIGNATURE);
        assertThat(Ed25519.verify(Ed25519.publicKeyFromBytes(PUBLIC), new byte[0], SIGNATURE)).isTrue();
    }

    @Test
    void anotherProviderSignsAndVerifiesTheSameWithTheSameJdkKeys() {
        try {
            Ed25519.useProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider());
            assertThat(Ed25519.sign(Ed25519.privateKey(SEED), new byte[0])).isEqualTo(SIGNATURE);
            assertThat(Ed25519.verify(Ed25519.publicKeyFromBytes(PUBLIC), new byte[0], SIGNATURE)).isTrue();
            byte[] altered = SIGNATURE.clone();
            altered[3] ^= 1;
            assertThat(Ed25519.verify(Ed25519.publicKeyFromBytes(PUBLIC), new byte[0], altered)).isFalse();
        } finally {
            Ed25519.useProvider(null);
        }
    }

    @Test
    void signatureOfAnotherMessageOrAlteredSignatureDoesNotVerify() {
        byte[] altered = SIGNATURE.clone();
        altered[10] ^= 1;
        assertThat(Ed25519.verify(Ed25519.publicKeyFromBytes(PUBLIC), new byte[] {0}, SIGNATURE)).isFalse();
        assertThat(Ed25519.verify(Ed25519.publicKeyFromBytes(PUBLIC), new byte[0], altered)).isFalse();
        assertThat(Ed25519.verify(Ed25519.publicKeyFromBytes(PUBLIC), new byte[0], new byte[63])).isFalse();
    }

    @Test
    void freshSeedsGiveWorkingKeyPairs() {
        byte[] seed = Ed25519.newSeed(new SecureRandom());
        byte[] message = "hello".getBytes();
        byte[] signature = Ed25519.sign(Ed25519.privateKey(seed), message);
        assertThat(Ed25519.verify(Ed25519.publicKeyFromBytes(Ed25519.publicKey(seed)), message, signature)).isTrue();
    }

    @Test
    void keysHaveExactLengths() {
        assertThatThrownBy(() -> Ed25519.publicKey(new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ed25519.publicKeyFromBytes(new byte[33])).isInstanceOf(IllegalArgumentException.class);
    }
}
