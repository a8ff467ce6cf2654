package shopdesk.server.returns;

import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.BILL_ITEM;
import static shopdesk.db.Tables.BILL_NUMBER;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Map;
import shopdesk.dal.db.Database;
import shopdesk.dal.returns.ReturnRows;
import shopdesk.protocol.BillStatus;
import shopdesk.protocol.ErrorCodes;
import shopdesk.protocol.ReturnableBill;
import shopdesk.server.auth.Principal;
import shopdesk.server.http.ApiException;
import shopdesk.server.http.Responses;

/** A bill of the caller's shop by legal label, till label or id, with what is left to return (any role may ask). */
public final class ReturnableBillRoutes {
    private final Database db;

    public ReturnableBillRoutes(Database db) {
        this.db = db;
    }

    public void register(Javalin app) {
        app.get("/api/v1/sync/bill", this::bill);
    }

    private void bill(Context ctx) {
        Principal caller = ctx.attribute(Principal.ATTRIBUTE);
        String number = ctx.queryParam("number");
        if (number == null || number.isBlank() || number.length() > 40) {
            throw ApiException.invalidField("number", "'number' must be a bill's legal or till label or its id");
        }
        String text = number.strip();
        var dsl = db.dsl();
        String id = dsl.select(BILL_NUMBER.BILL_ID).from(BILL_NUMBER)
                .where(BILL_NUMBER.SHOP_ID.eq(caller.shopId()), BILL_NUMBER.LEGAL_LABEL.equalIgnoreCase(text)).fetchOne(BILL_NUMBER.BILL_ID);
        if (id == null) {
            id = dsl.select(BILL.ID).from(BILL).where(BILL.SHOP_ID.eq(caller.shopId()))
                    .and(BILL.LOCAL_LABEL.equalIgnoreCase(text).or(BILL.ID.eq(text))).orderBy(BILL.CLIENT_CREATED_AT.desc())
                    .limit(1).fetchOne(BILL.ID);
        }
        var bill = id == null ? null : dsl.selectFrom(BILL).where(BILL.ID.eq(id)).fetchOne();
        if (bill == null) throw new ApiException(404, ErrorCodes.NOT_FOUND, "number", "No bill " + text + " in this shop");
        Map<Integer, Long> returned = ReturnRows.returnedByLine(dsl, id);
        String legal = dsl.select(BILL_NUMBER.LEGAL_LABEL).from(BILL_NUMBER).where(BILL_NUMBER.BILL_ID.eq(id)).fetchOne(BILL_NUMBER.LEGAL_LABEL);
        var lines = dsl.selectFrom(BILL_ITEM).where(BILL_ITEM.BILL_ID.eq(id)).orderBy(BILL_ITEM.LINE_NO)
                .fetch(i -> new ReturnableBill.Line(i.getLineNo(), i.getProductId(), i.getSku(), i.getName(), i.getQuantity(),
                        i.getUnitPrice(), i.getTaxRateBp(), i.getLineSubtotal(), i.getLineTax(), i.getLineTotal(),
                        returned.getOrDefault(i.getLineNo(), 0L), Boolean.TRUE.equals(i.getWeighed())));
        Responses.json(ctx, 200, new ReturnableBill(id, bill.getLocalLabel(), legal,
                BillStatus.VOIDED.code().equals(bill.getStatus()), lines));
    }
}
