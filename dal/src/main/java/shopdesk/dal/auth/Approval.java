package shopdesk.dal.auth;

/**
 * A supervisor's approval of one entry, carried in its payload as {@code "approval"}: who approved, with which of
 * their approval keys, and the Ed25519 signature (base64) over {@link ApprovalProof#content}.
 */
public record Approval(String userId, String keyId, String signature) {
}
