package shopdesk.dal.auth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The approval keys unsealed on this till since start-up, by user: a supervisor's key is unsealed when they type
 * their password (a login or an approval), online or offline, and signs the entries they approve from then on.
 * Memory only; never written anywhere.
 */
public final class UnlockedApprovals {
    private final Map<String, ApprovalKey> byUser = new ConcurrentHashMap<>();

    public void unlock(ApprovalKey key) {
        byUser.put(key.userId(), key);
    }

    /** The user's key while it is valid at {@code now}, else null. */
    public ApprovalKey find(String userId, long now) {
        ApprovalKey k = userId == null ? null : byUser.get(userId);
        return k != null && k.expiresAt() > now ? k : null;
    }

    public boolean isEmpty() {
        return byUser.isEmpty();
    }

    public void forget(String userId) {
        byUser.remove(userId);
    }
}
