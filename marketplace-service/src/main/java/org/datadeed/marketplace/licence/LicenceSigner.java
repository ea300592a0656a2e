package org.datadeed.marketplace.licence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs licences as compact JWS (ES256, type {@code datadeed-licence+jwt}) with the marketplace's licence key, and
 * verifies them. The key is generated at first start and kept in a file readable by its owner only; anyone verifies
 * with the published key set.
 */
public final class LicenceSigner {

    public static final JOSEObjectType TYPE = new JOSEObjectType("datadeed-licence+jwt");

    private final ECKey key;

    public LicenceSigner(ECKey key) {
        if (!key.isPrivate()) {
            throw new IllegalArgumentException("the licence key must include its private part");
        }
        this.key = key;
    }

    /** The key in {@code keyFile}, generated (P-256, key id = its RFC 7638 thumbprint) if the file does not exist. */
    public static LicenceSigner fromFile(Path keyFile) throws IOException {
        try {
            if (Files.exists(keyFile)) {
                return new LicenceSigner(ECKey.parse(Files.readString(keyFile)));
            }
            ECKey generated = new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
            Files.createDirectories(keyFile.toAbsolutePath().getParent());
            try {
                Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(keyFile);
            }
            Files.writeString(keyFile, generated.toJSONString());
            return new LicenceSigner(generated);
        } catch (ParseException | JOSEException e) {
            throw new IOException("cannot read or make the licence key " + keyFile + ": " + e.getMessage(), e);
        }
    }

    /** A signed licence: the compact JWS and the SHA-256 of its text, which the licence's events record. */
    public record Signed(String jws, String sha256) {
    }

    public Signed sign(Map<String, Object> claims) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
        claims.forEach(builder::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(TYPE).keyID(key.getKeyID()).build(),
                builder.build());
        try {
            jwt.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a licence", e);
        }
        String jws = jwt.serialize();
        return new Signed(jws, sha256(jws));
    }

    /** The claims of a licence this key signed; empty when the text is not a JWS or its signature does not verify. */
    public Optional<Map<String, Object>> verify(String jws) {
        try {
            SignedJWT jwt = SignedJWT.parse(jws);
            if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())
                    || !key.getKeyID().equals(jwt.getHeader().getKeyID())
                    || !jwt.verify(new ECDSAVerifier(key.toPublicJWK()))) {
                return Optional.empty();
            }
            return Optional.of(jwt.getJWTClaimsSet().toJSONObject());
        } catch (ParseException | JOSEException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** The public key set (JWKS) that verifies licences. */
    public Map<String, Object> publicKeys() {
        return new JWKSet(key.toPublicJWK()).toJSONObject(true);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
