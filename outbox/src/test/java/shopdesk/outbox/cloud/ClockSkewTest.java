package shopdesk.outbox.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The till's clock against the server's Date header: the middle of the exchange, whole seconds, garbage ignored. */
class ClockSkewTest {
    static final long AT = 1_764_115_200_000L; // Wed, 26 Nov 2025 00:00:00 GMT

    @Test
    void aTillFiveMinutesBehindIsMeasuredFromTheDateHeader() {
        ClockSkew s = new ClockSkew();
        assertThat(s.offsetMs()).isNull();
        s.observe("Wed, 26 Nov 2025 00:05:00 GMT", AT - 400, AT + 400);
        assertThat(s.offsetMs()).isEqualTo(300_000);
    }

    @Test
    void lessThanTheHeadersResolutionIsNoSkewAndGarbageChangesNothing() {
        ClockSkew s = new ClockSkew();
        s.observe("Wed, 26 Nov 2025 00:00:01 GMT", AT, AT + 200);
        assertThat(s.offsetMs()).isZero();
        s.observe("yesterday", AT, AT);
        assertThat(s.offsetMs()).isZero();
    }
}
