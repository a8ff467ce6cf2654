package shopdesk.client.session;

/** Checks a user's password: against the cloud when the till is connected, else the locally cached hash. */
public interface AuthPort {

    /** @throws shopdesk.dal.error.AuthenticationException with a message fit to show the user */
    Session login(String username, char[] password);
}
