package shopdesk.dal.db;

/** SQLite's durability level: FULL survives a power cut with the last commit, NORMAL may lose it. */
public enum SqliteSynchronous { FULL, NORMAL }
