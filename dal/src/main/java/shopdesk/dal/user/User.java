package shopdesk.dal.user;

/** A person who logs in to a till. The password hash never leaves the dal except to cache it from the server. */
public record User(String id, String shopId, String username, String displayName, Role role, boolean disabled,
                   long version) {
}
