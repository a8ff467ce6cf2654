package shopdesk.outbox.cloud;

import java.util.Optional;
import shopdesk.protocol.TokenResponse;

/** Tokens held for the life of the process: a restart asks for login again when online. */
public final class InMemoryTokenStore implements TokenStore {
    private volatile String access;
    private volatile String refresh;

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
    }

    @Override
    public void setAccessToken(String accessToken) {
        access = accessToken;
    }

    @Override
    public synchronized void clear() {
        access = null;
        refresh = null;
    }
}
