package shopdesk.server.bill;

import com.google.gson.JsonObject;
import shopdesk.protocol.BillStatus;
import shopdesk.protocol.payload.BillPayload;
import shopdesk.protocol.payload.Payloads;

/**
 * A new bill's feed payload serialised before its legal number is known, so that under the shop's lock (which a
 * shop's tills queue for) only the number and the legal label are written into the text (see docs/BENCHMARKS.md).
 * The payload is the bill as the server stored it, with {@code serverNumber} null; Gson writes it with nulls, so its
 * text holds {@link #GAP} once (a key's quotes cannot occur unescaped inside a string, and no nested record has the
 * key). The feed's bill payload is a BillPayload plus {@code legalLabel}, so a till whose push answer was lost learns
 * the series label from the feed (docs/PROTOCOL.md).
 */
final class UnnumberedBillJson {
    private static final String GAP = "\"serverNumber\":null,\"status\":\"" + BillStatus.COMPLETED.code() + "\"";

    private final BillPayload state;
    private final String json;
    private final int gap;

    /** @param state the completed bill with {@code serverNumber} null */
    UnnumberedBillJson(BillPayload state) {
        if (state.serverNumber() != null) throw new IllegalArgumentException("the bill has its number already");
        this.state = state;
        this.json = Payloads.toJson(state);
        this.gap = json.indexOf(GAP);
    }

    /** The payload with its legal number and label, exactly as {@link #feedJson} of the numbered bill writes it. */
    String numbered(long number, String legalLabel) {
        if (gap < 0 || !json.endsWith("}")) return feedJson(withNumber(number), legalLabel); // another shape: serialise again
        return json.substring(0, gap) + "\"serverNumber\":" + number + ",\"status\":\"" + BillStatus.COMPLETED.code() + "\""
                + json.substring(gap + GAP.length(), json.length() - 1) + labelTail(legalLabel);
    }

    BillPayload withNumber(long number) {
        return state.withServerNumber(number);
    }

    /** A bill's feed payload: the BillPayload's fields, then {@code legalLabel}. */
    static String feedJson(BillPayload numbered, String legalLabel) {
        String json = Payloads.toJson(numbered);
        return json.substring(0, json.length() - 1) + labelTail(legalLabel);
    }

    private static String labelTail(String legalLabel) {
        JsonObject o = new JsonObject();
        o.addProperty("legalLabel", legalLabel);
        String field = Payloads.toJson(o); // {"legalLabel":"..."} with the label escaped as Gson escapes
        return "," + field.substring(1);
    }
}
