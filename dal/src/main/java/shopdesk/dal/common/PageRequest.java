package shopdesk.dal.common;

import shopdesk.dal.error.ErrorText;
import shopdesk.dal.error.ValidationException;

/** Offset paging; services fetch one row more than the limit to tell whether there is a next page. */
public record PageRequest(int offset, int limit) {
    public PageRequest {
        if (offset < 0) throw new ValidationException("offset", ErrorText.PAGE_OFFSET);
        if (limit < 1 || limit > 1000) throw new ValidationException("limit", ErrorText.PAGE_SIZE);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }

    public PageRequest next() {
        return new PageRequest(offset + limit, limit);
    }
}
