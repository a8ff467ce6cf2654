package shopdesk.client.cloud;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.client.i18n.Messages;
import shopdesk.client.message.PlainMessages;
import shopdesk.client.session.AuthPort;
import shopdesk.client.session.Session;
import shopdesk.dal.auth.ApprovalKeyring;
import shopdesk.dal.bill.ShopSaleTerms;
import shopdesk.dal.error.ErrorCode;
import shopdesk.dal.error.ShopDeskException;
import shopdesk.dal.user.Role;
import shopdesk.dal.user.UserService;
import shopdesk.outbox.cloud.CloudClient;
import shopdesk.outbox.cloud.CloudException;
import shopdesk.outbox.cloud.CloudUnavailableException;
import shopdesk.protocol.ErrorCodes;
import shopdesk.protocol.TokenResponse;

/**
 * Login for a till with a cloud: the cloud decides when it answers (and its user, role and salted hash are
 * cached so the same person can log in here offline later); when it cannot be reached, the cached hash does.
 * A wrong password reported by the cloud is final, even if an old cached hash would still match.
 */
public final class CloudAuth implements AuthPort {
    private static final Logger LOG = LoggerFactory.getLogger(CloudAuth.class);
    private final CloudClient cloud;
    private final UserService users;
    private final AuthPort offline;
    private final String deviceId;
    private final ApprovalKeyring keyring;
    private final ShopSaleTerms saleTerms;

    public CloudAuth(CloudClient cloud, UserService users, AuthPort offline, String deviceId) {
        this(cloud, users, offline, deviceId, null);
    }

    /** {@code keyring} (may be null) keeps a supervisor's approval key sealed with their password and unlocks it. */
    public CloudAuth(CloudClient cloud, UserService users, AuthPort offline, String deviceId, ApprovalKeyring keyring) {
        this(cloud, users, offline, deviceId, keyring, null);
    }

    /** {@code saleTerms} (may be null) keeps the shop's discount limit each online login brings. */
    public CloudAuth(CloudClient cloud, UserService users, AuthPort offline, String deviceId, ApprovalKeyring keyring,
                     ShopSaleTerms saleTerms) {
        this.saleTerms = saleTerms;
        this.keyring = keyring;
        this.cloud = cloud;
        this.users = users;
        this.offline = offline;
        this.deviceId = deviceId;
    }

    @Override
    public Session login(String username, char[] password) {
        TokenResponse t;
        try {
            t = cloud.login(username, new String(password), deviceId);
        } catch (CloudUnavailableException e) {
            LOG.info("Cloud unreachable at login ({}); checking the cached password", e.getMessage());
            return offlineLogin(username, password);
        } catch (CloudException e) {
            if (ErrorCodes.LOGIN_THROTTLED.equals(e.code())) {
                // final, like a wrong password: falling back to the cached hash would lift the cloud's throttle
                throw new ShopDeskException(ErrorCode.AUTHENTICATION_FAILED, null,
                        shopdesk.client.sync.RejectionTexts.loginThrottled(e.getMessage()));
            }
            if (e.status() >= 500 || e.status() == 426 || e.status() == 429) {
                LOG.warn("Cloud login failed with {} {}; checking the cached password", e.status(), e.getMessage());
                return offlineLogin(username, password);
            }
            throw new ShopDeskException(ErrorCode.AUTHENTICATION_FAILED, null, PlainMessages.forCashier(e));
        }
        TokenResponse.UserInfo u = t.user();
        Role role = Role.valueOf(u.role());
        if (u.passwordHash() != null) {
            users.cacheFromServer(u.id(), u.shopId(), u.username(), u.displayName(), role, u.passwordHash());
        }
        if (keyring != null && t.approvalKey() != null) {
            TokenResponse.ApprovalKeyGrant k = t.approvalKey();
            keyring.keep(u.id(), k.keyId(), k.privateKey(), k.expiresAt(), password, System.currentTimeMillis());
        }
        if (saleTerms != null && t.saleTerms() != null) {
            saleTerms.received(t.saleTerms().cashierDiscountLimitBp(), System.currentTimeMillis());
        }
        return new Session(u.id(), u.username(), u.displayName(), role, u.shopId(), deviceId, true);
    }

    /** Someone who never logged in here online has no cached hash: say so rather than "wrong password". */
    private Session offlineLogin(String username, char[] password) {
        if (users.findByUsername(username).isEmpty()) {
            throw new ShopDeskException(ErrorCode.AUTHENTICATION_FAILED, null, Messages.get("errors.firstLoginOnline", username));
        }
        Session s = offline.login(username, password);
        // a supervisor's cached approval key opens with the same password: offline approvals still carry proof
        if (keyring != null && s.isSupervisor()) keyring.unlock(s.userId(), password, System.currentTimeMillis());
        return s;
    }
}
