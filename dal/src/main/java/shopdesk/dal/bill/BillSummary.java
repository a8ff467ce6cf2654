package shopdesk.dal.bill;

import shopdesk.protocol.BillStatus;

/** A row of the bills list. */
public record BillSummary(String id, String localLabel, Long serverNumber, long clientCreatedAt, String customerName,
                          long total, BillStatus status, BillSyncState syncState) {
}
