package shopdesk.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.SYNC_QUEUE;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shopdesk.dal.bill.Bill;
import shopdesk.outbox.delivery.ReplayCycle;
import shopdesk.outbox.health.PausedReason;
import shopdesk.outbox.queue.AttemptOutcome;
import shopdesk.outbox.queue.DeliveryState;
import shopdesk.outbox.queue.QueuedEntry;
import shopdesk.outbox.support.OutboxTestBase;
import shopdesk.outbox.support.ResettingPeer;
import shopdesk.outbox.support.StubCloud;
import shopdesk.outbox.support.StubCloud.Reply;
import shopdesk.outbox.view.AttemptRecord;
import shopdesk.protocol.Conflict;
import shopdesk.protocol.EntryResult;
import shopdesk.protocol.PushResponse;

/** Every way the cloud can answer a push, against an in-test HTTP peer: each lands the entry in the right state. */
public abstract class AbstractDeliveryOutcomeTest extends OutboxTestBase {

    @Test
    void aServerErrorWaitsToRetry() {
        Bill b = sell(product.id(), 1);
        cloud.onPush(r -> Reply.json(500, "{\"code\":\"INTERNAL\",\"message\":\"database down\"}"));
        outbox.pushOnce();
        QueuedEntry e = entry(lastSeq());
        assertThat(e.state()).isEqualTo(DeliveryState.RETRY_WAIT);
        assertThat(e.failures()).isEqualTo(1);
        assertThat(e.lastHttpStatus()).isEqualTo(500);
        assertThat(e.lastError()).contains("database down");
        assertThat(lastAttempt(e.seq()).outcome()).isEqualTo(AttemptOutcome.SERVER_ERROR);
        assertThat(billSyncState(b)).isEqualTo("PENDING");
        assertThat(outbox.health().online()).isTrue();
    }

    @Test
    void tooManyRequestsHonoursRetryAfter() {
        sell(product.id(), 1);
        cloud.onPush(r -> new Reply(429, "{\"code\":\"SLOW_DOWN\",\"message\":\"busy\"}", Map.of("Retry-After", "120")));
        outbox.pushOnce();
        QueuedEntry e = entry(lastSeq());
        assertThat(e.state()).isEqualTo(DeliveryState.RETRY_WAIT);
        assertThat(e.nextAttemptAt()).isGreaterThanOrEqualTo(clock.millis() + 120_000);
        assertThat(lastAttempt(e.seq()).outcome()).isEqualTo(AttemptOutcome.THROTTLED);
        clock.advance(119_999);
        assertThat(outbox.pushOnce().claimed()).isZero();
    }

    @Test
    void anHttpConflictIsParkedWithTheServerState() {
        Bill b = sell(product.id(), 1);
        cloud.onPush(r -> Reply.json(409, "{\"kind\":\"VERSION\",\"message\":\"changed\",\"serverVersion\":7,\"serverState\":{\"name\":\"Theirs\"}}"));
        outbox.pushOnce();
        QueuedEntry e = entry(lastSeq());
        assertThat(e.state()).isEqualTo(DeliveryState.CONFLICT);
        assertThat(e.lastHttpStatus()).isEqualTo(409);
        var detail = outbox.view().entry(e.seq()).orElseThrow();
        assertThat(detail.conflict().serverVersion()).isEqualTo(7);
        assertThat(detail.conflict().serverState().get("name").getAsString()).isEqualTo("Theirs");
        assertThat(billSyncState(b)).isEqualTo("CONFLICT");
    }

    @Test
    void aStockConflictResultIsParkedWithItsShortfalls() {
        Bill b = sell(product.id(), 5);
        cloud.onPush(r -> Reply.json(200, new PushResponse(List.of(EntryResult.conflict(r.entries().get(0).requestId(),
                new Conflict(Conflict.Kind.STOCK, "Not enough Tea", null, null,
                        List.of(new Conflict.Shortfall(product.id(), "SKU-1", 5, 2))))), StubCloud.SERVER_TIME)));
        outbox.pushOnce();
        var detail = outbox.view().entry(lastSeq()).orElseThrow();
        assertThat(detail.summary().state()).isEqualTo(DeliveryState.CONFLICT);
        assertThat(detail.conflict().kind()).isEqualTo(Conflict.Kind.STOCK);
        assertThat(detail.conflict().shortfalls()).singleElement().satisfies(s -> assertThat(s.available()).isEqualTo(2));
        assertThat(billSyncState(b)).isEqualTo("CONFLICT");
    }

    @Test
    void anUnprocessableEntryFailsWithTheServersMessage() {
        Bill b = sell(product.id(), 1);
        cloud.onPush(r -> Reply.json(422, "{\"code\":\"TOTAL_MISMATCH\",\"message\":\"Totals do not add up\",\"field\":\"total\"}"));
        outbox.pushOnce();
        QueuedEntry e = entry(lastSeq());
        assertThat(e.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(e.lastError()).contains("TOTAL_MISMATCH").contains("Totals do not add up");
        assertThat(billSyncState(b)).isEqualTo("FAILED");
    }

    @Test
    void aRejectedResultFailsTheEntry() {
        sell(product.id(), 1);
        cloud.onPush(r -> Reply.json(200, new PushResponse(List.of(EntryResult.rejected(r.entries().get(0).requestId(),
                "NOT_FOUND", "Unknown product")), StubCloud.SERVER_TIME)));
        outbox.pushOnce();
        assertThat(entry(lastSeq()).state()).isEqualTo(DeliveryState.FAILED);
        assertThat(entry(lastSeq()).lastError()).isEqualTo("NOT_FOUND: Unknown product");
    }

    @Test
    void aBillPaidWithANoteTheServerDoesNotHaveYetWaitsWithoutCountingFailuresThenFailsAfterADay() {
        Bill b = sell(product.id(), 1);
        Bill other = sell(product.id(), 1);
        cloud.onPush(r -> Reply.json(200, new PushResponse(r.entries().stream().map(e -> e.entityId().equals(b.id())
                ? EntryResult.rejected(e.requestId(), "STORE_CREDIT_NOT_YET_KNOWN", "Store credit T2-C000001 is not here yet")
                : EntryResult.applied(e.requestId(), null)).toList(), StubCloud.SERVER_TIME)));
        outbox.pushOnce();
        QueuedEntry waiting = outbox.store().openEntriesOfStream(db.dsl(), "bill:" + b.id()).get(0);
        assertThat(waiting.state()).isEqualTo(DeliveryState.RETRY_WAIT);
        assertThat(waiting.failures()).as("waiting is no failure").isZero();
        assertThat(waiting.nextAttemptAt()).isGreaterThanOrEqualTo(clock.millis() + 30_000);
        assertThat(waiting.lastError()).startsWith("STORE_CREDIT_NOT_YET_KNOWN: ");
        assertThat(lastAttempt(waiting.seq()).outcome()).isEqualTo(AttemptOutcome.WAITING_FOR_NOTE);
        assertThat(billSyncState(b)).isEqualTo("PENDING");
        assertThat(billSyncState(other)).as("the rest of the queue is not held up").isEqualTo("SYNCED");

        for (int i = 0; i < 40; i++) { // far more tries than sync.max-retryable-failures, within the day
            clock.advance(20 * 60_000);
            outbox.pushOnce();
        }
        assertThat(entry(waiting.seq()).state()).isEqualTo(DeliveryState.RETRY_WAIT);
        assertThat(entry(waiting.seq()).failures()).isZero();
        clock.advance(Duration.ofHours(11).toMillis()); // 24 h 20 min by the till's clock, but 42 answers in all
        outbox.pushOnce();
        assertThat(entry(waiting.seq()).state()).as("a clock set forward does not end the wait").isEqualTo(DeliveryState.RETRY_WAIT);
        int answers = 42;
        while (entry(waiting.seq()).state() == DeliveryState.RETRY_WAIT && answers < 400) {   // a day at the 10-min pace
            clock.advance(10 * 60_000);
            outbox.pushOnce();
            answers++;
        }
        assertThat(answers).as("the answers a day of pauses gives (30 s doubling to 10 min)").isBetween(140, 160);
        QueuedEntry failed = entry(waiting.seq());
        assertThat(failed.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(failed.lastError()).startsWith("Waited 24 h").contains("STORE_CREDIT_NOT_YET_KNOWN");
        assertThat(billSyncState(b)).isEqualTo("FAILED");

        // a supervisor's retry starts a new wait: the next such answer waits again instead of failing at once
        outbox.resolutions().retryNow(supervisor, failed.seq(), "T2 is back from repair today");
        outbox.pushOnce();
        assertThat(entry(waiting.seq()).state()).isEqualTo(DeliveryState.RETRY_WAIT);
    }

    @Test
    void anAppliedResultWithoutServerDataIsDone() {
        newProduct("A");
        cloud.onPush(r -> Reply.json(200, new PushResponse(List.of(EntryResult.applied(r.entries().get(0).requestId(), null)),
                StubCloud.SERVER_TIME)));
        outbox.pushOnce();
        assertThat(state(lastSeq())).isEqualTo(DeliveryState.DONE);
    }

    @Test
    void aSplitBatchWhoseFirstHalfStopsTheRunGivesTheSecondHalfBackUnsent() {
        newProduct("A");
        newProduct("B");
        cloud.onPush(r -> r.entries().size() > 1
                ? Reply.json(413, "{\"code\":\"BODY_TOO_LARGE\",\"message\":\"too large\"}")
                : Reply.json(401, "{\"code\":\"TOKEN_EXPIRED\",\"message\":\"expired\"}"));
        assertThat(outbox.pushOnce().stop()).isEqualTo(ReplayCycle.Stop.LOGIN_REQUIRED);
        assertThat(cloud.pushes()).extracting(p -> p.entries().size()).containsExactly(2, 1);
        List<QueuedEntry> entries = all();
        assertThat(entries).extracting(QueuedEntry::state).containsExactly(DeliveryState.PENDING, DeliveryState.PENDING);
        assertThat(entries).extracting(QueuedEntry::failures).containsExactly(0, 0);
        assertThat(outbox.view().entry(entries.get(1).seq()).orElseThrow().attempts()).as("never sent").isEmpty();
    }

    @Test
    void unauthorizedPausesUntilSomeoneLogsIn() {
        sell(product.id(), 1);
        cloud.onPush(r -> Reply.json(401, "{\"code\":\"AUTHENTICATION_FAILED\",\"message\":\"token expired\"}"));
        ReplayCycle.Result r = outbox.pushOnce();
        assertThat(r.stop()).isEqualTo(ReplayCycle.Stop.LOGIN_REQUIRED);
        assertThat(entry(lastSeq()).state()).isEqualTo(DeliveryState.PENDING);
        assertThat(entry(lastSeq()).failures()).isZero();
        assertThat(outbox.health().paused()).isEqualTo(PausedReason.LOGIN_REQUIRED);
        assertThat(outbox.pushOnce().claimed()).as("nothing is sent while paused").isZero();

        cloud.onPush(cloud::applyAll);
        outbox.setCredentials("fresh-token");
        assertThat(outbox.health().paused()).isEqualTo(PausedReason.NONE);
        outbox.pushOnce();
        assertThat(entry(lastSeq()).state()).isEqualTo(DeliveryState.DONE);
        assertThat(cloud.authHeaders()).last().isEqualTo("Bearer fresh-token");
    }

    @Test
    void anExpiredTokenIsRefreshedOnceAndTheBatchGoesAgain() {
        outbox.tokens().store(new shopdesk.protocol.TokenResponse("access-1", 0, "refresh-1", 0, null, 0));
        sell(product.id(), 1);
        cloud.onPush(r -> cloud.authHeaders().get(cloud.authHeaders().size() - 1).equals("Bearer access-2")
                ? cloud.applyAll(r) : Reply.json(401, "{\"code\":\"TOKEN_EXPIRED\",\"message\":\"expired\"}"));
        assertThat(outbox.pushOnce().stop()).isEqualTo(ReplayCycle.Stop.NONE);
        assertThat(cloud.refreshes()).singleElement().asString().contains("refresh-1");
        assertThat(entry(lastSeq()).state()).isEqualTo(DeliveryState.PENDING);
        outbox.pushOnce();
        assertThat(entry(lastSeq()).state()).isEqualTo(DeliveryState.DONE);
        assertThat(outbox.health().paused()).isEqualTo(PausedReason.NONE);
    }

    @Test
    void aRevokedLoginThatCannotRefreshAsksForLogin() {
        outbox.tokens().store(new shopdesk.protocol.TokenResponse("access-1", 0, "refresh-1", 0, null, 0));
        sell(product.id(), 1);
        cloud.onPush(r -> Reply.json(401, "{\"code\":\"TOKEN_REVOKED\",\"message\":\"revoked\"}"));
        cloud.onRefresh(body -> Reply.json(401, "{\"code\":\"TOKEN_REVOKED\",\"message\":\"revoked\"}"));
        assertThat(outbox.pushOnce().stop()).isEqualTo(ReplayCycle.Stop.LOGIN_REQUIRED);
        assertThat(outbox.health().paused()).isEqualTo(PausedReason.LOGIN_REQUIRED);
    }

    @Test
    void workingOfflineSendsNothingUntilSwitchedBack() {
        sell(product.id(), 1);
        outbox.setWorkOffline(true);
        assertThat(outbox.pushOnce().claimed()).isZero();
        assertThat(outbox.health().paused()).isEqualTo(PausedReason.WORK_OFFLINE);
        assertThat(outbox.drain(java.time.Duration.ofSeconds(5), shopdesk.outbox.DrainProgressListener.NONE).remaining()).isEqualTo(1);
        assertThat(cloud.pushes()).isEmpty();
        outbox.setWorkOffline(false);
        outbox.pushOnce();
        assertThat(entry(lastSeq()).state()).isEqualTo(DeliveryState.DONE);
    }

    @Test
    void offlineTheWorkerStillTellsListenersAboutNewEntries() {
        useOutbox(config("http://127.0.0.1:1").withPollIntervalMs(60_000));
        List<shopdesk.outbox.health.SyncHealth> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        outbox.addListener(seen::add);
        outbox.start();
        AbstractSyncQueueTest.await(() -> !seen.isEmpty() && !seen.get(seen.size() - 1).online());
        sell(product.id(), 1);
        AbstractSyncQueueTest.await(() -> seen.get(seen.size() - 1).count(DeliveryState.PENDING) == 1);
        assertThat(entry(lastSeq()).attempts()).as("offline: a commit does not trigger a send").isZero();
    }

    @Test
    void upgradeRequiredPausesWithoutTouchingTheQueue() {
        sell(product.id(), 1);
        cloud.onPush(r -> Reply.json(426, "{\"code\":\"UPDATE_REQUIRED\",\"message\":\"Update ShopDesk to 2.0\"}"));
        assertThat(outbox.pushOnce().stop()).isEqualTo(ReplayCycle.Stop.UPDATE_REQUIRED);
        assertThat(entry(lastSeq()).state()).isEqualTo(DeliveryState.PENDING);
        assertThat(outbox.health().paused()).isEqualTo(PausedReason.UPDATE_REQUIRED);
        assertThat(outbox.health().lastError()).contains("Update ShopDesk to 2.0");
    }

    @Test
    void garbageJsonIsRetried() {
        sell(product.id(), 1);
        cloud.onPush(r -> new Reply(200, "<html>proxy error</html>", Map.of()));
        outbox.pushOnce();
        QueuedEntry e = entry(lastSeq());
        assertThat(e.state()).isEqualTo(DeliveryState.RETRY_WAIT);
        assertThat(lastAttempt(e.seq()).outcome()).isEqualTo(AttemptOutcome.BAD_RESPONSE);
    }

    @Test
    void anAnswerMissingAnEntryRetriesThatEntryOnly() {
        newProduct("A");
        newProduct("B");
        cloud.onPush(r -> Reply.json(200, new PushResponse(List.of(cloud.applied(r.entries().get(0))), StubCloud.SERVER_TIME)));
        outbox.pushOnce();
        assertThat(all()).extracting(QueuedEntry::state).containsExactly(DeliveryState.DONE, DeliveryState.RETRY_WAIT);
    }

    @Test
    void aResetConnectionIsRetriedAsANetworkFailure() throws Exception {
        try (ResettingPeer peer = new ResettingPeer()) {
            useOutbox(config(peer.url()));
            sell(product.id(), 1);
            outbox.pushOnce();
            QueuedEntry e = entry(lastSeq());
            assertThat(e.state()).isEqualTo(DeliveryState.RETRY_WAIT);
            assertThat(e.failures()).isEqualTo(1);
            assertThat(lastAttempt(e.seq()).outcome()).isEqualTo(AttemptOutcome.NETWORK);
            assertThat(outbox.health().online()).isFalse();
        }
    }

    @Test
    void aReadTimeoutIsRetriedAsANetworkFailure() {
        useOutbox(config(cloud.url()).withTimeouts(500, 300, 5_000));
        cloud.onPush(r -> {
            try {
                Thread.sleep(1_000); // longer than the read timeout: the answer never arrives in time
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            return cloud.applyAll(r);
        });
        sell(product.id(), 1);
        outbox.pushOnce();
        assertThat(entry(lastSeq()).state()).isEqualTo(DeliveryState.RETRY_WAIT);
        assertThat(lastAttempt(lastSeq()).error()).containsIgnoringCase("timeout");
    }

    @Test
    void aRefusedConnectionLeavesTheEntryUntouchedAndGoesOffline() {
        useOutbox(config("http://127.0.0.1:1"));
        sell(product.id(), 1);
        assertThat(outbox.pushOnce().stop()).isEqualTo(ReplayCycle.Stop.UNREACHABLE);
        QueuedEntry e = entry(lastSeq());
        assertThat(e.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(e.attempts()).isZero();
        assertThat(e.failures()).as("being offline is not the entry's failure").isZero();
        assertThat(outbox.health().online()).isFalse();
        assertThat(outbox.health().lastError()).contains("refused");
    }

    @Test
    void aStoredPayloadGoesOnTheWireAsItIsAndABrokenOneIsParkedAlone() {
        sell(product.id(), 1);
        long broken = lastSeq();
        sell(product.id(), 2);
        long good = lastSeq();
        String stored = entry(good).payload();
        // the text is sent as stored, not parsed into a tree: a payload the till cannot send must not reach the
        // server inside the batch, where it would make the whole body unreadable
        db.dsl().update(SYNC_QUEUE).set(SYNC_QUEUE.PAYLOAD, "{\"id\": \"x\", oops}").where(SYNC_QUEUE.SEQ.eq(broken)).execute();
        cloud.onPush(cloud::applyAll);
        outbox.pushOnce();
        assertThat(state(broken)).isEqualTo(DeliveryState.FAILED);
        assertThat(entry(broken).lastError()).contains("Cannot send this entry");
        assertThat(state(good)).isEqualTo(DeliveryState.DONE);
        assertThat(cloud.pushedEntries()).hasSize(1);
        assertThat(cloud.pushedEntries().get(0).payload()).isEqualTo(com.google.gson.JsonParser.parseString(stored));
    }

    private AttemptRecord lastAttempt(long seq) {
        List<AttemptRecord> a = outbox.view().entry(seq).orElseThrow().attempts();
        return a.get(a.size() - 1);
    }

    private String billSyncState(Bill b) {
        return db.dsl().select(BILL.SYNC_STATE).from(BILL).where(BILL.ID.eq(b.id())).fetchOne(BILL.SYNC_STATE);
    }
}
