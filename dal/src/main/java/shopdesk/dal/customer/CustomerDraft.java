package shopdesk.dal.customer;

import shopdesk.dal.common.Text;
import shopdesk.dal.error.ValidationException;

/** What a user enters for a customer; phone and email are optional. */
public record CustomerDraft(String name, String phone, String email) {

    public CustomerDraft validated() {
        String n = Text.required("name", name, 200, "the customer's name");
        String p = Text.optional("phone", phone, 32, "the phone number");
        if (p != null && !p.matches("\\+?[0-9 ()\\-]{3,32}")) {
            throw new ValidationException("phone", "A phone number has digits, spaces, '+', '-' and brackets only");
        }
        String e = Text.optional("email", email, 200, "the email address");
        if (e != null && !e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new ValidationException("email", "That is not an email address");
        }
        return new CustomerDraft(n, p, e);
    }
}
