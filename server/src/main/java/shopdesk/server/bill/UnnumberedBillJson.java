package shopdesk.server.bill;

import shopdesk.protocol.BillStatus;
import shopdesk.protocol.payload.BillPayload;
import shopdesk.protocol.payload.Payloads;

/**
 * A new bill's feed payload serialised before its legal number is known, so that under the shop's lock (which a
 * shop's tills queue for) only the number is written into the text (see docs/BENCHMARKS.md). The payload is the bill as the server stored it, with
 * {@code serverNumber} null; Gson writes it with nulls, fields in the record's order, so its text ends with
 * {@link #TAIL}.
 */
final class UnnumberedBillJson {
    private static final String TAIL = "\"serverNumber\":null,\"status\":\"" + BillStatus.COMPLETED.code() + "\"}";

    private final BillPayload state;
    private final String json;

    /** @param state the completed bill with {@code serverNumber} null */
    UnnumberedBillJson(BillPayload state) {
        if (state.serverNumber() != null) throw new IllegalArgumentException("the bill has its number already");
        this.state = state;
        this.json = Payloads.toJson(state);
    }

    /** The payload with its legal number, exactly as {@code Payloads.toJson} of the numbered bill would write it. */
    String numbered(long number) {
        if (!json.endsWith(TAIL)) return Payloads.toJson(withNumber(number)); // another field order: serialise again
        return json.substring(0, json.length() - TAIL.length()) + "\"serverNumber\":" + number + ",\"status\":\""
                + BillStatus.COMPLETED.code() + "\"}";
    }

    BillPayload withNumber(long number) {
        return state.withServerNumber(number);
    }
}
