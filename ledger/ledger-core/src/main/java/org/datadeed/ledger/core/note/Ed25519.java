package org.datadeed.ledger.core.note;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import java.security.Security;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

import org.datadeed.ledger.core.FormatException;

/**
 * RFC 8032 Ed25519 on the JDK's own provider (no third-party crypto), with keys in their raw RFC 8032
 * encodings: a 32-byte private seed, a 32-byte public key and 64-byte signatures.
 *
 * <p>An application may hand signing and verification to a faster provider ({@link #useProvider}); Ed25519 is
 * deterministic, so every conforming provider gives the same signatures for the same key and message.
 */
public final class Ed25519 {

    /** Length of a private key seed. */
    public static final int SEED_SIZE = 32;
    /** Length of an encoded public key. */
    public static final int PUBLIC_KEY_SIZE = 32;
    /** Length of a signature. */
    public static final int SIGNATURE_SIZE = 64;

    /** DER prefix of an X.509 SubjectPublicKeyInfo holding an Ed25519 key (RFC 8410). */
    private static final byte[] SPKI_PREFIX = {
            0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};
    /** DER prefix of a PKCS #8 PrivateKeyInfo holding an Ed25519 seed (RFC 8410). */
    private static final byte[] PKCS8_PREFIX = {
            0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20};

    private static final String ALGORITHM = "Ed25519";
    /** The JDK's own provider, whose key pair generator draws the seed as one 32-byte random read. */
    private static final String JDK_PROVIDER = "SunEC";

    /** The provider that signs and verifies; null for the JDK's choice. */
    private static volatile Provider signatureProvider;

    private Ed25519() {
    }

    /**
     * Signs and verifies with {@code provider} from now on (e.g. Bouncy Castle, several times faster than the JDK 17
     * implementation), or with the JDK's choice again for null. The keys stay JDK keys.
     */
    public static void useProvider(Provider provider) {
        signatureProvider = provider;
    }

    private static Signature signature() throws NoSuchAlgorithmException {
        Provider provider = signatureProvider;
        return provider == null ? Signature.getInstance(ALGORITHM) : Signature.getInstance(ALGORITHM, provider);
    }

    /** A fresh random private key seed. */
    public static byte[] newSeed(SecureRandom random) {
        byte[] seed = new byte[SEED_SIZE];
        random.nextBytes(seed);
        return seed;
    }

    /**
     * Derives the public key of a seed (RFC 8032 §5.1.5).
     *
     * <p>The JDK has no public API for this, so the key pair generator is handed a random source that
     * yields exactly the seed; the result is checked to hold that seed, so a provider that used its
     * randomness differently fails loudly instead of producing a wrong key.
     */
    public static byte[] publicKey(byte[] seed) {
        requireSeed(seed);
        try {
            Provider jdk = Security.getProvider(JDK_PROVIDER);
            KeyPairGenerator generator = jdk != null
                    ? KeyPairGenerator.getInstance(ALGORITHM, jdk)
                    : KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(NamedParameterSpec.ED25519, new FixedBytesRandom(seed));
            KeyPair pair = generator.generateKeyPair();
            byte[] generatedSeed = pair.getPrivate() instanceof EdECPrivateKey key
                    ? key.getBytes().orElse(new byte[0])
                    : new byte[0];
            if (!MessageDigest.isEqual(generatedSeed, seed)) {
                throw new IllegalStateException("the Ed25519 provider did not derive the key from the seed");
            }
            return rawPublicKey(pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is unavailable", e);
        }
    }

    /** The JDK private key for a seed. */
    public static PrivateKey privateKey(byte[] seed) {
        requireSeed(seed);
        byte[] der = Arrays.copyOf(PKCS8_PREFIX, PKCS8_PREFIX.length + SEED_SIZE);
        System.arraycopy(seed, 0, der, PKCS8_PREFIX.length, SEED_SIZE);
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot load Ed25519 private key", e);
        }
    }

    /**
     * The JDK public key for a 32-byte encoded public key.
     *
     * @throws FormatException if the bytes do not encode an Ed25519 public key
     */
    public static PublicKey publicKeyFromBytes(byte[] publicKey) {
        if (publicKey.length != PUBLIC_KEY_SIZE) {
            throw new FormatException("an Ed25519 public key is 32 bytes, got " + publicKey.length);
        }
        byte[] der = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + PUBLIC_KEY_SIZE);
        System.arraycopy(publicKey, 0, der, SPKI_PREFIX.length, PUBLIC_KEY_SIZE);
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new FormatException("not an Ed25519 public key", e);
        }
    }

    /** The 32-byte RFC 8032 encoding of a JDK Ed25519 public key. */
    public static byte[] rawPublicKey(PublicKey key) {
        byte[] der = key.getEncoded();
        if (der.length != SPKI_PREFIX.length + PUBLIC_KEY_SIZE
                || !Arrays.equals(der, 0, SPKI_PREFIX.length, SPKI_PREFIX, 0, SPKI_PREFIX.length)) {
            throw new IllegalArgumentException("not an Ed25519 public key");
        }
        return Arrays.copyOfRange(der, SPKI_PREFIX.length, der.length);
    }

    /** Signs {@code message}; Ed25519 is deterministic, so equal inputs give equal signatures. */
    public static byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature signature = signature();
            signature.initSign(key);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** Whether {@code signature} is a valid signature of {@code message} by {@code key}. */
    public static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        if (signature.length != SIGNATURE_SIZE) {
            return false;
        }
        try {
            Signature verifier = signature();
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (SignatureException | InvalidKeyException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is unavailable", e);
        }
    }

    private static void requireSeed(byte[] seed) {
        if (seed.length != SEED_SIZE) {
            throw new FormatException("an Ed25519 seed is 32 bytes, got " + seed.length);
        }
    }

    /** A "random" source that yields one given 32-byte value once. */
    private static final class FixedBytesRandom extends SecureRandom {

        private static final long serialVersionUID = 1L;

        FixedBytesRandom(byte[] bytes) {
            super(new FixedBytesSpi(bytes), null);
        }
    }

    private static final class FixedBytesSpi extends SecureRandomSpi {

        private static final long serialVersionUID = 1L;

        private final byte[] bytes;
        private boolean used;

        FixedBytesSpi(byte[] bytes) {
            this.bytes = bytes.clone();
        }

        @Override
        protected void engineSetSeed(byte[] seed) {
            // the output is fixed; extra seed material is irrelevant
        }

        @Override
        protected void engineNextBytes(byte[] out) {
            if (used || out.length != bytes.length) {
                throw new IllegalStateException("unexpected request for random bytes");
            }
            System.arraycopy(bytes, 0, out, 0, bytes.length);
            used = true;
        }

        @Override
        protected byte[] engineGenerateSeed(int numBytes) {
            throw new UnsupportedOperationException();
        }
    }
}
