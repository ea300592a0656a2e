package org.datadeed.marketplace.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jose.jwk.OctetKeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LicenceSignerTest {

    @TempDir
    Path keys;

    @Test
    void theKeyIsGeneratedOnceKeptForItsOwnerOnlyAndReusedAtTheNextStart() throws IOException {
        Path file = keys.resolve("marketplace/licence-key.json");
        LicenceSigner first = LicenceSigner.fromFile(file);
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        LicenceSigner.Signed signed = first.sign(Map.of("licence_id", "l-1"));

        LicenceSigner again = LicenceSigner.fromFile(file);
        assertThat(again.verify(signed.jws())).hasValueSatisfying(claims -> assertThat(claims).containsEntry("licence_id", "l-1"));
        assertThat(again.publicKeys()).isEqualTo(first.publicKeys());
    }

    @Test
    void thePublishedKeySetHoldsThePublicKeyOnly() throws Exception {
        LicenceSigner signer = new LicenceSigner(LicenceSigner.generateKey());
        String keySet = new com.nimbusds.jose.jwk.JWKSet(com.nimbusds.jose.jwk.JWKSet.parse(signer.publicKeys()).getKeys()).toString(false);
        assertThat(keySet).contains("\"kty\":\"OKP\"", "\"crv\":\"Ed25519\"").doesNotContain("\"d\"");
    }

    @Test
    void aTamperedOrForeignLicenceDoesNotVerify() {
        LicenceSigner signer = new LicenceSigner(LicenceSigner.generateKey());
        String jws = signer.sign(Map.of("licence_id", "l-1", "price_cny", "800.00")).jws();
        String[] parts = jws.split("\\.");
        String otherPayload = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"licence_id\":\"l-1\",\"price_cny\":\"0.01\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(signer.verify(parts[0] + "." + otherPayload + "." + parts[2])).isEmpty();
        assertThat(new LicenceSigner(LicenceSigner.generateKey()).verify(jws)).isEmpty();
        assertThat(signer.verify("not a jws")).isEmpty();
        assertThat(signer.sha256(jws)).hasSize(64);
    }

    @Test
    void aKeyWhosePartsDoNotBelongTogetherIsRefused() {
        OctetKeyPair one = LicenceSigner.generateKey();
        OctetKeyPair other = LicenceSigner.generateKey();
        OctetKeyPair mixed = new OctetKeyPair.Builder(one.getCurve(), one.getX()).d(other.getD()).build();
        assertThatThrownBy(() -> new LicenceSigner(mixed)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LicenceSigner(one.toPublicJWK())).isInstanceOf(IllegalArgumentException.class);
    }
}
