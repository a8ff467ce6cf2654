package shopdesk.dal.customer;

import shopdesk.protocol.payload.CustomerPayload;

public record Customer(String id, String shopId, String name, String phone, String email, long version,
                       long createdAt, long updatedAt) {

    public CustomerPayload payload() {
        return new CustomerPayload(id, name, phone, email, version);
    }
}
