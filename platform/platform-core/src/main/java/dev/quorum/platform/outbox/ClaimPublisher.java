package dev.quorum.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.bson.Document;

/**
 * Sends the events of one claimed document, in order, and works out which of them may leave the
 * outbox: the longest prefix whose events the broker acknowledged or that can never be published.
 * The latter are parked: an entry that is not a readable event, or a send the broker refuses for
 * good (record too large, unserializable, invalid topic). Anything else (broker down, timeout) is
 * transient: the event and those behind it stay, in order, for the next pass; when a send fails at
 * once, the events behind it are not even sent (they would overtake it, and go out again next pass).
 */
final class ClaimPublisher {
    private final CloudEventPublisher publisher;
    private final Duration sendTimeout;
    private final Clock clock;

    ClaimPublisher(CloudEventPublisher publisher, Duration sendTimeout, Clock clock) {
        this.publisher = publisher;
        this.sendTimeout = sendTimeout;
        this.clock = clock;
    }

    Outcome publish(OutboxStore.Claim claim, LeaseRenewer.Hold hold) throws InterruptedException {
        List<Document> entries = claim.entries();
        List<CompletableFuture<?>> sends = new ArrayList<>();
        for (Document entry : entries) {
            if (hold.lost()) {
                break;
            }
            CompletableFuture<?> send = send(entry);
            sends.add(send);
            if (failedForNow(send)) {
                // Sending what follows would publish it ahead of this event, and again next pass.
                break;
            }
        }
        Outcome outcome = new Outcome();
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        for (int i = 0; i < sends.size(); i++) {
            Document entry = entries.get(i);
            try {
                sends.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                outcome.acknowledged.add(entry.getString("eventId"));
            } catch (ExecutionException e) {
                Throwable permanent = permanentCause(e.getCause());
                if (permanent == null) {
                    outcome.failure = e.getCause();
                    break;
                }
                outcome.parked.add(parked(entry, permanent));
            } catch (TimeoutException e) {
                outcome.failure = e;
                break;
            }
        }
        if (outcome.failure == null && sends.size() < entries.size()) {
            outcome.failure = new IllegalStateException("another relay took the document over");
        }
        return outcome;
    }

    private static boolean failedForNow(CompletableFuture<?> send) {
        if (!send.isCompletedExceptionally()) {
            return false;
        }
        Throwable cause = send.handle((ignored, failure) -> failure).join();
        return permanentCause(cause) == null;
    }

    private CompletableFuture<?> send(Document entry) {
        try {
            return publisher.publish(PendingEvent.fromDocument(entry));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private Document parked(Document entry, Throwable reason) {
        return new Document(entry)
                .append("parkedAt", Date.from(clock.instant()))
                .append("reason", reason.toString());
    }

    /** The cause of {@code failure} that no retry can cure, or null when retrying may help. */
    static Throwable permanentCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RecordTooLargeException
                    || t instanceof RecordBatchTooLargeException
                    || t instanceof SerializationException
                    || t instanceof InvalidTopicException
                    || t instanceof IllegalArgumentException) {
                return t;
            }
        }
        return null;
    }

    /** What became of a claim's events. */
    static final class Outcome {
        final List<String> acknowledged = new ArrayList<>();
        final List<Document> parked = new ArrayList<>();
        /** Why the remaining events stay (null when none remain). */
        Throwable failure;
    }
}
