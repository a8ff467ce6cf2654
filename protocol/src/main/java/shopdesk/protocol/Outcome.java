package shopdesk.protocol;

/** What the server did with an entry. */
public enum Outcome { APPLIED, CONFLICT, REJECTED }
