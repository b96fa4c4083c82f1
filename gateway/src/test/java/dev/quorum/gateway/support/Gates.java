package dev.quorum.gateway.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets a test hold a stub backend's answer open until the test says so, keyed by the request's
 * {@link StubBackend#TEST_ID}. Nothing waits on a clock: the bound only stops a broken test from
 * hanging the build.
 */
public final class Gates {
    private final Map<String, CountDownLatch> gates = new ConcurrentHashMap<>();

    public void open(String testId) {
        latch(testId).countDown();
    }

    void awaitOpen(String testId) throws InterruptedException {
        if (testId != null && !latch(testId).await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Gate " + testId + " never opened");
        }
    }

    private CountDownLatch latch(String testId) {
        return gates.computeIfAbsent(testId, id -> new CountDownLatch(1));
    }
}
