package org.datadeed.ledger.chaincode.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.Objects;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;

import com.google.protobuf.ByteString;

/**
 * A Fabric-style X.509 identity generated for a test: a P-256 key and a self-signed certificate, the MSP id it is
 * presented under, and the msp.SerializedIdentity bytes a peer passes to chaincode as the creator. The same kind of
 * certificate serves as a TLS server certificate when given DNS names.
 */
public final class TestIdentity {

    private final String mspId;
    private final X509Certificate certificate;
    private final PrivateKey privateKey;

    private TestIdentity(String mspId, X509Certificate certificate, PrivateKey privateKey) {
        this.mspId = mspId;
        this.certificate = certificate;
        this.privateKey = privateKey;
    }

    /**
     * A new identity.
     *
     * @param mspId      the MSP the identity belongs to
     * @param commonName the certificate's subject CN
     * @param dnsNames   subject alternative names, for a TLS server certificate
     */
    public static TestIdentity generate(String mspId, String commonName, String... dnsNames) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair keys = generator.generateKeyPair();
            X500Name subject = new X500Name("CN=" + commonName + ",O=" + mspId);
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofMinutes(5))),
                    Date.from(now.plus(Duration.ofDays(1))), subject, keys.getPublic());
            if (dnsNames.length > 0) {
                GeneralName[] names = Arrays.stream(dnsNames)
                        .map(name -> new GeneralName(GeneralName.dNSName, name)).toArray(GeneralName[]::new);
                builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
            }
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
            return new TestIdentity(Objects.requireNonNull(mspId), certificate, keys.getPrivate());
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot generate a test identity", e);
        }
    }

    public String mspId() {
        return mspId;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    /** The certificate as PEM. */
    public String certificatePem() {
        try {
            return pem("CERTIFICATE", certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The private key as PKCS#8 PEM. */
    public String privateKeyPem() {
        return pem("PRIVATE KEY", privateKey.getEncoded());
    }

    /** The msp.SerializedIdentity of this identity: MSP id and PEM certificate. */
    public byte[] serialized() {
        return SerializedIdentity.newBuilder()
                .setMspid(mspId)
                .setIdBytes(ByteString.copyFrom(certificatePem(), StandardCharsets.UTF_8))
                .build().toByteArray();
    }

    /** An ECDSA (SHA-256) signature of {@code message}, DER-encoded. */
    public byte[] sign(byte[] message) {
        try {
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initSign(privateKey);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the certificate as PEM to {@code file}; returns it. */
    public Path writeCertificate(Path file) {
        return write(file, certificatePem());
    }

    /** Writes the private key as PKCS#8 PEM to {@code file}; returns it. */
    public Path writePrivateKey(Path file) {
        return write(file, privateKeyPem());
    }

    private static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + base64 + "\n-----END " + type + "-----\n";
    }

    @Override
    public String toString() {
        return mspId + ":" + certificate.getSubjectX500Principal().getName();
    }
}
