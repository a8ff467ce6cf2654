package shopdesk.outbox.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import shopdesk.outbox.cloud.CloudResponse;
import shopdesk.outbox.queue.AttemptOutcome;
import shopdesk.outbox.queue.DeliveryState;
import shopdesk.outbox.queue.QueuedEntry;
import shopdesk.protocol.Conflict;
import shopdesk.protocol.EntryResult;
import shopdesk.protocol.Json;
import shopdesk.protocol.PushResponse;

/** Every kind of answer to a push, classified once, without a network or a database. */
class AnswerClassifierTest {
    private static final long NOW = 1_700_000_000_000L;
    private final QueuedEntry bill = entry(1, "BILL");
    private final QueuedEntry product = entry(2, "PRODUCT");
    private final List<QueuedEntry> sent = List.of(bill, product);

    @Test
    void perEntryResultsBecomeDoneConflictAndFailed() {
        EntryResult applied = EntryResult.applied(bill.requestId(), new EntryResult.Applied(7L, 1L, 99L));
        EntryResult conflict = EntryResult.conflict(product.requestId(), new Conflict(Conflict.Kind.VERSION, "changed", 4L, null, null));
        var a = classify(200, Json.gson().toJson(new PushResponse(List.of(applied, conflict), 1_900L)), null);
        assertThat(a.kind()).isEqualTo(AnswerClassifier.Kind.RESULTS);
        assertThat(a.serverTime()).isEqualTo(1_900L);
        assertThat(a.outcomes().get(0)).isInstanceOfSatisfying(Outcome.Done.class,
                d -> assertThat(d.applied().serverNumber()).isEqualTo(7L));
        assertThat(a.outcomes().get(1)).isInstanceOfSatisfying(Outcome.Parked.class, p -> {
            assertThat(p.state()).isEqualTo(DeliveryState.CONFLICT);
            assertThat(p.serverState()).contains("\"serverVersion\":4");
        });
    }

    @Test
    void aRejectedResultIsPermanentWithTheServersCodeAndMessage() {
        var r = EntryResult.rejected(bill.requestId(), "NOT_FOUND", "Unknown product");
        var a = AnswerClassifier.classify(response(200, Json.gson().toJson(new PushResponse(List.of(r), 1L)), null), List.of(bill), NOW);
        assertThat(a.outcomes()).singleElement().isInstanceOfSatisfying(Outcome.Parked.class, p -> {
            assertThat(p.state()).isEqualTo(DeliveryState.FAILED);
            assertThat(p.error()).isEqualTo("NOT_FOUND: Unknown product");
        });
    }

    @Test
    void aNoteTheServerDoesNotHaveYetWaitsInsteadOfFailing() {
        var r = EntryResult.rejected(bill.requestId(), "STORE_CREDIT_NOT_YET_KNOWN", "till T2 has not sent T2-C000001 yet");
        var a = AnswerClassifier.classify(response(200, Json.gson().toJson(new PushResponse(List.of(r), 1L)), null), List.of(bill), NOW);
        assertThat(a.outcomes()).singleElement().isInstanceOfSatisfying(Outcome.Wait.class,
                w -> assertThat(w.error()).isEqualTo("STORE_CREDIT_NOT_YET_KNOWN: till T2 has not sent T2-C000001 yet"));
        var unknown = EntryResult.rejected(bill.requestId(), "UNKNOWN_STORE_CREDIT", "no such note");
        assertThat(AnswerClassifier.classify(response(200, Json.gson().toJson(new PushResponse(List.of(unknown), 1L)), null),
                List.of(bill), NOW).outcomes()).singleElement().isInstanceOf(Outcome.Parked.class);
    }

    @Test
    void anEntryMissingFromTheAnswerIsRetried() {
        EntryResult applied = EntryResult.applied(bill.requestId(), new EntryResult.Applied(7L, 1L, 99L));
        var a = classify(200, Json.gson().toJson(new PushResponse(List.of(applied), 1L)), null);
        assertThat(a.outcomes().get(1)).isInstanceOfSatisfying(Outcome.Retry.class,
                r -> assertThat(r.label()).isEqualTo(AttemptOutcome.BAD_RESPONSE));
    }

    @Test
    void anUnreadableAnswerIsRetried() {
        var a = classify(200, "<html>proxy error</html>", null);
        assertThat(a.kind()).isEqualTo(AnswerClassifier.Kind.UNREADABLE);
        assertThat(a.outcomes()).allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(Outcome.Retry.class,
                r -> assertThat(r.error()).contains("proxy error")));
    }

    @Test
    void serverErrorsAreRetriedHonouringRetryAfter() {
        var a = classify(503, "{\"code\":\"INTERNAL\",\"message\":\"database down\"}", "30");
        assertThat(a.kind()).isEqualTo(AnswerClassifier.Kind.RETRYABLE);
        assertThat(a.message()).isEqualTo("HTTP 503 INTERNAL: database down");
        assertThat(a.outcomes()).allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(Outcome.Retry.class, r -> {
            assertThat(r.label()).isEqualTo(AttemptOutcome.SERVER_ERROR);
            assertThat(r.retryAfterMs()).isEqualTo(30_000);
        }));
    }

    @Test
    void tooManyRequestsIsThrottledAndATimeoutRetried() {
        assertThat(retry(classify(429, "", "120")).label()).isEqualTo(AttemptOutcome.THROTTLED);
        assertThat(retry(classify(429, "", "120")).retryAfterMs()).isEqualTo(120_000);
        assertThat(retry(classify(408, "", null)).label()).isEqualTo(AttemptOutcome.HTTP_ERROR);
        assertThat(retry(classify(408, "", null)).retryAfterMs()).isZero();
    }

    @Test
    void aLostAnswerIsRetriedAndAnUnreachableCloudGivesTheEntriesBack() {
        var lost = AnswerClassifier.lostAnswer(sent, "SocketTimeoutException: Read timed out");
        assertThat(lost.outcomes()).allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(Outcome.Retry.class,
                r -> assertThat(r.label()).isEqualTo(AttemptOutcome.NETWORK)));
        assertThat(lost.kind().stop()).isEqualTo(ReplayCycle.Stop.NONE);
        var unreachable = AnswerClassifier.unreachable(sent, "Connection refused");
        assertThat(unreachable.outcomes()).allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(Outcome.Release.class,
                r -> assertThat(r.label()).as("never sent: no attempt").isNull()));
        assertThat(unreachable.kind().stop()).isEqualTo(ReplayCycle.Stop.UNREACHABLE);
    }

    @Test
    void conflictAndPreconditionFailedParkWithTheServerState() {
        for (int status : new int[] {409, 412}) {
            var a = classify(status, "{\"kind\":\"VERSION\",\"serverVersion\":7}", null);
            assertThat(a.kind()).isEqualTo(AnswerClassifier.Kind.CONFLICT);
            assertThat(a.outcomes()).allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(Outcome.Parked.class, p -> {
                assertThat(p.state()).isEqualTo(DeliveryState.CONFLICT);
                assertThat(p.serverState()).contains("\"serverVersion\":7");
            }));
        }
        Outcome.Parked notJson = (Outcome.Parked) classify(409, "busy", null).outcomes().get(0);
        assertThat(notJson.serverState()).isEqualTo("{\"message\":\"busy\"}");
    }

    @Test
    void otherClientErrorsArePermanent() {
        for (int status : new int[] {400, 403, 404, 422}) {
            var a = classify(status, "{\"code\":\"TOTAL_MISMATCH\",\"message\":\"Totals do not add up\"}", null);
            assertThat(a.kind()).isEqualTo(AnswerClassifier.Kind.PERMANENT);
            assertThat(a.outcomes()).allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(Outcome.Parked.class, p -> {
                assertThat(p.state()).isEqualTo(DeliveryState.FAILED);
                assertThat(p.error()).isEqualTo("HTTP " + status + " TOTAL_MISMATCH: Totals do not add up");
            }));
        }
    }

    @Test
    void tooLargeSaysWhatASupervisorCanDo() {
        var a = classify(413, "{\"code\":\"BODY_TOO_LARGE\",\"message\":\"The request body is larger than the server's limit of 1024 bytes\"}", null);
        assertThat(a.kind()).isEqualTo(AnswerClassifier.Kind.TOO_LARGE);
        assertThat(((Outcome.Parked) a.outcomes().get(0)).error()).startsWith("This bill is too large for the server")
                .contains("limit of 1024 bytes").contains("discard");
    }

    @Test
    void loginAndUpdateRequiredStopTheRunWithoutTouchingTheEntries() {
        var login = classify(401, "{\"code\":\"TOKEN_EXPIRED\",\"message\":\"expired\"}", null);
        assertThat(login.kind().stop()).isEqualTo(ReplayCycle.Stop.LOGIN_REQUIRED);
        assertThat(login.outcomes()).allSatisfy(o -> assertThat(o).isInstanceOf(Outcome.Release.class));
        var update = classify(426, "{\"code\":\"UPDATE_REQUIRED\",\"message\":\"Update ShopDesk\"}", null);
        assertThat(update.kind().stop()).isEqualTo(ReplayCycle.Stop.UPDATE_REQUIRED);
        assertThat(update.message()).contains("Update ShopDesk");
        assertThat(AnswerClassifier.refreshed(sent, 401).kind().stop()).isEqualTo(ReplayCycle.Stop.NONE);
    }

    private AnswerClassifier.Answer classify(int status, String body, String retryAfter) {
        return AnswerClassifier.classify(response(status, body, retryAfter), sent, NOW);
    }

    private static CloudResponse response(int status, String body, String retryAfter) {
        return new CloudResponse(status, body, retryAfter, null, 0);
    }

    private static Outcome.Retry retry(AnswerClassifier.Answer a) {
        return (Outcome.Retry) a.outcomes().get(0);
    }

    private static QueuedEntry entry(long seq, String type) {
        return new QueuedEntry(seq, "req-" + seq, type.toLowerCase() + ":" + seq, 1, type, "id-" + seq, "CREATE_" + type,
                "{}", 1, null, List.of(), "user", NOW, DeliveryState.IN_FLIGHT, 1, 0, NOW, NOW + 1, null, null, null, null, NOW);
    }
}
