package shopdesk.dal.auth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a secret with a password: AES-256-GCM under a key derived with PBKDF2-SHA256 (random salt), bound to a
 * context (user and key id) as associated data. Without the password the sealed text is useless, so a stolen till
 * database holds no approval key a thief can use.
 */
final class PasswordSeal {
    private static final int ITERATIONS = 60_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordSeal() {
    }

    static String seal(byte[] secret, char[] password, String context) {
        byte[] salt = new byte[16];
        byte[] iv = new byte[12];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(iv);
        try {
            Cipher c = cipher(Cipher.ENCRYPT_MODE, password, salt, iv, context);
            byte[] sealed = c.doFinal(secret);
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(28 + sealed.length).put(salt).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed", e);
        }
    }

    /** The secret, or null when the password (or context) is not the one it was sealed with. */
    static byte[] open(String sealed, char[] password, String context) {
        try {
            ByteBuffer b = ByteBuffer.wrap(Base64.getDecoder().decode(sealed));
            byte[] salt = new byte[16];
            byte[] iv = new byte[12];
            b.get(salt).get(iv);
            byte[] body = new byte[b.remaining()];
            b.get(body);
            return cipher(Cipher.DECRYPT_MODE, password, salt, iv, context).doFinal(body);
        } catch (GeneralSecurityException | IllegalArgumentException | java.nio.BufferUnderflowException e) {
            return null;
        }
    }

    private static Cipher cipher(int mode, char[] password, byte[] salt, byte[] iv, String context) throws GeneralSecurityException {
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password, salt, ITERATIONS, 256)).getEncoded();
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return c;
    }
}
