package shopdesk.dal.user;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2-HMAC-SHA256. Stored as {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} so the work factor
 * can grow without invalidating existing hashes.
 */
public final class PasswordHasher {
    public static final int DEFAULT_ITERATIONS = 210_000;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final java.util.concurrent.atomic.LongAdder ROUNDS = new java.util.concurrent.atomic.LongAdder();
    private final int iterations;

    public PasswordHasher() {
        this(DEFAULT_ITERATIONS);
    }

    /** Fewer iterations only for tests and demo data. */
    public PasswordHasher(int iterations) {
        this.iterations = iterations;
    }

    /**
     * A hash of no one's password at this hasher's work factor: verified against when the user is unknown, so an
     * unknown name costs the same work as a known one and the time taken tells nothing.
     */
    public String dummyHash() {
        return hash(Long.toHexString(RANDOM.nextLong()).toCharArray());
    }

    /** {@link #dummyHash()} at the default work factor, made once when first needed. */
    public static String defaultDummyHash() {
        return DefaultDummy.HASH;
    }

    private static final class DefaultDummy {
        static final String HASH = new PasswordHasher().dummyHash();
    }

    public String hash(char[] password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] hash = pbkdf2(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "pbkdf2-sha256$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    public static boolean verify(char[] password, String stored) {
        if (stored == null) return false;
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals("pbkdf2-sha256")) return false;
        int iterations = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, pbkdf2(password, salt, iterations));
    }

    /** PBKDF2 rounds this process has computed: the work a login costs, counted (tests compare it, not time). */
    public static long roundsComputed() {
        return ROUNDS.sum();
    }

    private static byte[] pbkdf2(char[] password, byte[] salt, int iterations) {
        ROUNDS.add(iterations);
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("PBKDF2 unavailable", e);
        }
    }
}
