package shopdesk.client.reports;

import java.util.List;
import shopdesk.dal.report.ReportRange;
import shopdesk.dal.report.ReportRows;

/** Everything the report screen shows for one range, read at once. */
public record SalesReport(ReportRange range, ReportRows.Totals totals, List<ReportRows.Day> days,
                          List<ReportRows.Hour> hours, List<ReportRows.ProductSales> topProducts,
                          List<ReportRows.CashierSales> cashiers, List<ReportRows.PaymentSales> payments,
                          List<ReportRows.TaxLine> tax, ReportRows.Voids voids, List<ReportRows.VoidedBill> voidedBills,
                          List<ReportRows.Return> returns) {
}
