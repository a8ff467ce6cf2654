package shopdesk.dal.auth;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Signing and checking a supervisor's approval of one entry. The signed content binds the approval to the action,
 * the entity and the exact payload: {@code action|entityId|sha256(canonical payload without "approval")}. Entity ids
 * are single-use for what needs approval (a bill is created once and voided once), so the proof cannot be moved
 * to another entry. Ed25519: the server keeps only public keys, so its database holds nothing to sign with.
 */
public final class ApprovalProof {
    /** The payload member that carries an {@link Approval}. */
    public static final String FIELD = "approval";
    private static final String ALGORITHM = "Ed25519";

    private ApprovalProof() {
    }

    public static String content(String action, String entityId, JsonObject payload) {
        JsonObject signed = payload.deepCopy();
        signed.remove(FIELD);
        return action + "|" + entityId + "|" + sha256Hex(CanonicalJson.of(signed));
    }

    public static Approval sign(ApprovalKey key, String action, String entityId, JsonObject payload) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(key.privateKey());
            s.update(content(action, entityId, payload).getBytes(StandardCharsets.UTF_8));
            return new Approval(key.userId(), key.keyId(), Base64.getEncoder().encodeToString(s.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    public static boolean verify(PublicKey key, Approval approval, String action, String entityId, JsonObject payload) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(key);
            s.update(content(action, entityId, payload).getBytes(StandardCharsets.UTF_8));
            return s.verify(Base64.getDecoder().decode(approval.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The payload's approval, or null when it has none; a malformed one throws IllegalArgumentException. */
    public static Approval of(JsonObject payload) {
        JsonElement a = payload.get(FIELD);
        if (a == null || a.isJsonNull()) return null;
        if (!a.isJsonObject()) throw new IllegalArgumentException("'approval' must be an object");
        JsonObject o = a.getAsJsonObject();
        return new Approval(text(o, "userId"), text(o, "keyId"), text(o, "signature"));
    }

    /** The payload with the approval added (signed over the payload without it). */
    public static JsonObject attach(JsonObject payload, Approval approval) {
        JsonObject with = payload.deepCopy();
        JsonObject a = new JsonObject();
        a.addProperty("userId", approval.userId());
        a.addProperty("keyId", approval.keyId());
        a.addProperty("signature", approval.signature());
        with.add(FIELD, a);
        return with;
    }

    public static KeyPair newKeyPair() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available", e);
        }
    }

    public static String encode(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static String encode(PrivateKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    public static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 private key", e);
        }
    }

    public static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonObject o, String name) {
        JsonElement e = o.get(name);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString() || e.getAsString().isBlank()) {
            throw new IllegalArgumentException("'approval." + name + "' must be a non-empty string");
        }
        return e.getAsString();
    }
}
