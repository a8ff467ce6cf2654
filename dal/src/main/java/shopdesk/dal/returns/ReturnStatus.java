package shopdesk.dal.returns;

/** COMPLETED: refunded and counted; DISCARDED: a supervisor dropped it after the cloud refused it (kept for audit). */
public enum ReturnStatus { COMPLETED, DISCARDED }
