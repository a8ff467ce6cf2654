package shopdesk.outbox.queue;

import shopdesk.protocol.StoredCode;

/** How one delivery attempt ended, as sync_attempt.outcome records it (the Sync centre lists them). */
public enum AttemptOutcome implements StoredCode {
    APPLIED, CONFLICT, REJECTED, TOO_LARGE, UNSENDABLE, UNRECORDABLE, PULL_CONFLICT,
    THROTTLED, SERVER_ERROR,
    /** Any other HTTP status (the attempt row keeps the status); once stored as {@code HTTP_<status>}. */
    HTTP_ERROR,
    NETWORK, BAD_RESPONSE, LOGIN_REQUIRED, UPDATE_REQUIRED, LOGIN_REFRESHED,
    /** The server does not have a store-credit note the bill pays with yet (another till wrote it): it waits. */
    WAITING_FOR_NOTE;

    private static final String LEGACY_HTTP_PREFIX = "HTTP_";

    @Override
    public String code() {
        return name();
    }

    public static AttemptOutcome fromCode(String code) {
        if (code.startsWith(LEGACY_HTTP_PREFIX) && code.substring(LEGACY_HTTP_PREFIX.length()).chars().allMatch(Character::isDigit)) {
            return HTTP_ERROR;
        }
        return StoredCode.parse(AttemptOutcome.class, code);
    }
}
