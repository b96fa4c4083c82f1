package dev.quorum.platform.test;

import java.net.URI;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Collects what every {@link ApiClient} of the test JVM receives while a recording runs, so that
 * {@link OpenApiConformanceExtension} can hold it against the services' OpenAPI documents. Tests
 * that send from many threads at once are recorded too.
 */
final class ObservedResponses {
    private static final Queue<ObservedResponse> OBSERVED = new ConcurrentLinkedQueue<>();
    private static volatile boolean recording;

    private ObservedResponses() {}

    static void start() {
        OBSERVED.clear();
        recording = true;
    }

    static List<ObservedResponse> stop() {
        recording = false;
        List<ObservedResponse> observed = List.copyOf(OBSERVED);
        OBSERVED.clear();
        return observed;
    }

    static void record(String method, URI uri, int status) {
        if (recording) {
            String origin = uri.getScheme() + "://" + uri.getRawAuthority();
            OBSERVED.add(new ObservedResponse(origin, method, uri.getRawPath(), status));
        }
    }
}
