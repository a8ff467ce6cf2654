package shopdesk.dal.user;

/** What an admin enters to create a user. */
public record NewUser(String username, String displayName, Role role, char[] password) {
}
