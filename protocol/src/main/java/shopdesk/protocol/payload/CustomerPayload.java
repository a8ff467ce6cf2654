package shopdesk.protocol.payload;

/** CREATE_CUSTOMER / UPDATE_CUSTOMER: the customer's full state after the change. */
public record CustomerPayload(String id, String name, String phone, String email, long version) {
}
