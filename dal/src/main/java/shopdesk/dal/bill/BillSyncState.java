package shopdesk.dal.bill;

/** Where a till's bill stands with the server; the outbox moves it on. */
public enum BillSyncState { PENDING, SYNCED, CONFLICT, FAILED }
