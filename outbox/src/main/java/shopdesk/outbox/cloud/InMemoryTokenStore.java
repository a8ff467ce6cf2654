package shopdesk.outbox.cloud;

import java.util.Optional;
import shopdesk.protocol.TokenResponse;

/** Tokens held for the life of the process: a restart asks for login again when online. */
public class InMemoryTokenStore implements TokenStore {
    private volatile String access;
    private volatile String refresh;

    public InMemoryTokenStore() {
        this(null);
    }

    /** Starting with a refresh token kept from an earlier run. */
    protected InMemoryTokenStore(String refresh) {
        this.refresh = refresh;
    }

    @Override
    public Optional<String> accessToken() {
        return Optional.ofNullable(access);
    }

    @Override
    public Optional<String> refreshToken() {
        return Optional.ofNullable(refresh);
    }

    @Override
    public synchronized void store(TokenResponse tokens) {
        access = tokens.accessToken();
        refresh = tokens.refreshToken();
        keep(refresh);
    }

    @Override
    public void setAccessToken(String accessToken) {
        access = accessToken;
    }

    @Override
    public synchronized void clear() {
        access = null;
        refresh = null;
        keep(null);
    }

    /** Where a store that outlives the process puts the refresh token (null: forget it); nowhere here. */
    protected void keep(String refreshToken) {
    }
}
