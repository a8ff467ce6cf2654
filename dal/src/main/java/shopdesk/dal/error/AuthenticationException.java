package shopdesk.dal.error;

/** Wrong username or password, or a disabled user. Deliberately does not say which. */
public final class AuthenticationException extends ShopDeskException {
    public AuthenticationException() {
        super(ErrorCode.AUTHENTICATION_FAILED, null, ErrorText.AUTHENTICATION_FAILED);
    }
}
