package dev.quorum.platform.idempotency;

import dev.quorum.platform.outbox.StaleAggregateException;
import dev.quorum.platform.problem.ConflictException;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A service with the platform's filter in front of endpoints that answer in each way it treats differently. */
@SpringBootApplication
class IdempotencyTestApplication {

    /** Holds {@code POST /api/slow} inside the controller until the test lets it go. */
    static final class Gate {
        volatile CountDownLatch release = new CountDownLatch(0);

        void close() {
            release = new CountDownLatch(1);
        }

        void open() {
            release.countDown();
        }
    }

    @Bean
    Gate gate() {
        return new Gate();
    }

    /** The names of the observations that ended, in order (RequestObservationsIT). */
    static final class SeenObservations implements ObservationHandler<Observation.Context> {
        final List<String> stopped = new CopyOnWriteArrayList<>();

        @Override
        public void onStop(Observation.Context context) {
            stopped.add(context.getName());
        }

        @Override
        public boolean supportsContext(Observation.Context context) {
            return true;
        }
    }

    @Bean
    SeenObservations seenObservations() {
        return new SeenObservations();
    }

    @RestController
    static class Endpoints {
        /** Every call to any endpoint: a replay leaves it where it was. */
        final AtomicInteger calls = new AtomicInteger();

        private final Set<String> staleSeen = ConcurrentHashMap.newKeySet();
        private final Gate gate;

        Endpoints(Gate gate) {
            this.gate = gate;
        }

        @PostMapping("/api/things")
        @ResponseStatus(HttpStatus.CREATED)
        Map<String, Object> create(@RequestBody Map<String, Object> body, HttpServletResponse response) {
            int call = calls.incrementAndGet();
            response.setHeader(HttpHeaders.LOCATION, "/api/things/" + call);
            response.setHeader(HttpHeaders.ETAG, "\"v" + call + "\"");
            response.setHeader("X-Trace-Of-This-Exchange", UUID.randomUUID().toString());
            return Map.of("call", call, "name", body.getOrDefault("name", ""));
        }

        @PostMapping("/api/slow")
        Map<String, Object> slow() throws InterruptedException {
            int call = calls.incrementAndGet();
            if (!gate.release.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never opened the gate");
            }
            return Map.of("call", call);
        }

        /** Loses a race with a concurrent change the first time it sees a name, succeeds afterwards. */
        @PostMapping("/api/stale-once")
        Map<String, Object> staleOnce(@RequestBody Map<String, Object> body) {
            int call = calls.incrementAndGet();
            if (staleSeen.add(String.valueOf(body.get("name")))) {
                throw new StaleAggregateException("The thing is at version 2, not 1.");
            }
            return Map.of("call", call);
        }

        @PostMapping("/api/withdrawn")
        Map<String, Object> withdrawn() {
            calls.incrementAndGet();
            throw new ConflictException("The school has already withdrawn.");
        }

        @PostMapping("/api/codes")
        @RedactOnReplay("accessCode")
        @ResponseStatus(HttpStatus.CREATED)
        Map<String, Object> issueCode() {
            int call = calls.incrementAndGet();
            return Map.of("call", call, "accessCode", "code-" + UUID.randomUUID());
        }

        @PostMapping("/api/public/things")
        Map<String, Object> anonymous(@RequestBody Map<String, Object> body) {
            return Map.of("call", calls.incrementAndGet(), "name", body.getOrDefault("name", ""));
        }
    }
}
