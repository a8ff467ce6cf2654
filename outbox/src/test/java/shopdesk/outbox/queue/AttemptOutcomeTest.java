package shopdesk.outbox.queue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttemptOutcomeTest {
    @Test
    void everyOutcomeReadsBackFromItsCode() {
        for (AttemptOutcome o : AttemptOutcome.values()) assertThat(AttemptOutcome.fromCode(o.code())).isSameAs(o);
    }

    @Test
    void anOldHttpStatusLabelReadsAsAnHttpError() {
        assertThat(AttemptOutcome.fromCode("HTTP_408")).isSameAs(AttemptOutcome.HTTP_ERROR);
        assertThat(AttemptOutcome.fromCode("HTTP_ERROR")).isSameAs(AttemptOutcome.HTTP_ERROR);
    }
}
