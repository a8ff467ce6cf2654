package shopdesk.dal.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A UTC clock that tests move by hand; the one copy shared by every module's tests. */
public final class MutableClock extends Clock {
    private final AtomicLong millis;

    public MutableClock(long startMillis) {
        this.millis = new AtomicLong(startMillis);
    }

    public MutableClock(Instant start) {
        this(start.toEpochMilli());
    }

    public void advance(long deltaMillis) {
        millis.addAndGet(deltaMillis);
    }

    public void advance(Duration delta) {
        advance(delta.toMillis());
    }

    public void set(long valueMillis) {
        millis.set(valueMillis);
    }

    @Override public ZoneId getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(ZoneId zone) { return this; }
    @Override public long millis() { return millis.get(); }
    @Override public Instant instant() { return Instant.ofEpochMilli(millis.get()); }
}
