package shopdesk.outbox.cloud;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The till's own AES-256 key, in a file outside the database that only the till's user may read (created 0600
 * where the file system has POSIX permissions, tightened if found looser). It seals secrets the database keeps,
 * so the database file or a backup of it alone opens nothing. Losing the file only costs one online login.
 */
public final class DeviceKey {
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;

    private DeviceKey(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /** The key in {@code file}, created (with its folder) when missing. */
    public static DeviceKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                ownerOnly(file);
                byte[] k = Base64.getDecoder().decode(Files.readString(file).trim());
                if (k.length != 32) throw new IllegalStateException("The device key file " + file + " is damaged");
                return new DeviceKey(k);
            }
            if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] k = new byte[32];
            RANDOM.nextBytes(k);
            Files.writeString(file, "", StandardOpenOption.CREATE_NEW);
            ownerOnly(file);
            Files.writeString(file, Base64.getEncoder().encodeToString(k), StandardOpenOption.TRUNCATE_EXISTING);
            return new DeviceKey(k);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the device key file " + file, e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Set<PosixFilePermission> perms = PosixFilePermissions.fromString("rw-------");
            if (!Files.getPosixFilePermissions(file).equals(perms)) Files.setPosixFilePermissions(file, perms);
        } else {
            java.io.File f = file.toFile();
            f.setReadable(false, false);
            f.setReadable(true, true);
            f.setWritable(false, false);
            f.setWritable(true, true);
        }
    }

    /** Base64 of IV + ciphertext + tag; {@code context} must be given again to open it. */
    public String seal(String secret, String context) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            c.updateAAD(context.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] sealed = c.doFinal(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** The secret, or null when the text was sealed with another key or context, or altered. */
    public String open(String sealed, String context) {
        try {
            byte[] in = Base64.getDecoder().decode(sealed);
            if (in.length <= IV_BYTES) return null;
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            c.updateAAD(context.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return new String(c.doFinal(in, IV_BYTES, in.length - IV_BYTES), java.nio.charset.StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return null;
        }
    }
}
