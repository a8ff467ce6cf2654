package shopdesk.dal.bill;

public enum BillStatus { COMPLETED, VOIDED }
