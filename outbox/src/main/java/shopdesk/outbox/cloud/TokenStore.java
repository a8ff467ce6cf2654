package shopdesk.outbox.cloud;

import java.util.Optional;
import shopdesk.protocol.TokenResponse;

/** Where the till keeps the cloud tokens of the logged-in user. The default keeps them in memory only. */
public interface TokenStore {
    Optional<String> accessToken();

    Optional<String> refreshToken();

    void store(TokenResponse tokens);

    /** An access token obtained elsewhere (the till's login screen). */
    void setAccessToken(String accessToken);

    void clear();
}
