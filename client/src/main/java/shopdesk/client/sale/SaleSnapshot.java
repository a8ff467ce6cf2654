package shopdesk.client.sale;

import java.util.List;
import shopdesk.client.catalog.CustomerView;
import shopdesk.dal.bill.Discount;
import shopdesk.protocol.Json;

/**
 * A sale as it is held: its lines (with the product as it was rung up; resuming re-prices them, HeldRepricing), payments
 * taken (with who vouched for another till's note taken unchecked; null in older held sales), customer and bill
 * discount, as JSON in the till's database.
 */
record SaleSnapshot(List<SaleLine> lines, List<Tender> tenders, CustomerView customer, Discount discount,
                    String discountReason, java.util.Map<String, UncheckedNotes.Voucher> vouched) {

    static SaleSnapshot of(Sale sale, UncheckedNotes unchecked) {
        return new SaleSnapshot(sale.lines(), sale.tenders(), sale.customer().orElse(null), sale.discount(),
                sale.discountReason(), unchecked.vouched());
    }

    /** The same sale with these lines (a resumed sale's lines at today's catalog). */
    SaleSnapshot withLines(List<SaleLine> newLines) {
        return new SaleSnapshot(newLines, tenders, customer, discount, discountReason, vouched);
    }

    String json() {
        return Json.gson().toJson(this);
    }

    static SaleSnapshot parse(String json) {
        return Json.gson().fromJson(json, SaleSnapshot.class);
    }
}
