package dev.quorum.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the leases of the documents a relay is publishing alive, every third of the lease, for
 * as long as it works on them. A slow or stalled broker therefore never lets a second relay take
 * over a document whose events the first is still sending; only a relay that died (and stopped
 * renewing) loses its leases when they run out.
 */
final class LeaseRenewer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LeaseRenewer.class);

    private final Clock clock;
    private final Set<Hold> held = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "outbox-lease-renewal");
        thread.setDaemon(true);
        return thread;
    });

    LeaseRenewer(Duration lease, Clock clock) {
        this.clock = clock;
        long period = Math.max(1, lease.toMillis() / 3);
        timer.scheduleAtFixedRate(this::renewAll, period, period, TimeUnit.MILLISECONDS);
    }

    /** Starts renewing the lease of a claim just taken; close the hold when done with it. */
    Hold hold(OutboxStore store, OutboxStore.Claim claim) {
        Hold hold = new Hold(store, claim);
        held.add(hold);
        return hold;
    }

    private void renewAll() {
        for (Hold hold : held) {
            try {
                if (!hold.store.renew(hold.claim, clock.instant())) {
                    hold.lost = true;
                }
            } catch (RuntimeException e) {
                log.warn(
                        "Could not renew the outbox lease of {} in {}: {}",
                        hold.claim.id(),
                        hold.store.name(),
                        e.toString());
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** One document's lease, renewed until closed. */
    final class Hold implements AutoCloseable {
        private final OutboxStore store;
        private final OutboxStore.Claim claim;
        private volatile boolean lost;

        private Hold(OutboxStore store, OutboxStore.Claim claim) {
            this.store = store;
            this.claim = claim;
        }

        /** True once another relay took the document over: send nothing more of it. */
        boolean lost() {
            return lost;
        }

        @Override
        public void close() {
            held.remove(this);
        }
    }
}
