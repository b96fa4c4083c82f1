package dev.quorum.committee.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** Reads a Server-Sent Events stream in the background and keeps every line it received. */
public final class SseRecorder implements AutoCloseable {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile int status;

    private SseRecorder(HttpRequest request) {
        this.response = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenApply(r -> {
                    status = r.statusCode();
                    CompletableFuture.runAsync(() -> r.body().forEach(lines::add));
                    return r;
                });
    }

    public static SseRecorder open(String url, String token, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token);
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return new SseRecorder(request.GET().build());
    }

    public int status() {
        return status;
    }

    public List<String> lines() {
        return new ArrayList<>(lines);
    }

    /** The data lines of the events named {@code session}, in order. */
    public List<String> sessionEvents() {
        List<String> data = new ArrayList<>();
        List<String> all = lines();
        for (int i = 0; i + 1 < all.size(); i++) {
            if (all.get(i).equals("event:session") && all.get(i + 1).startsWith("data:")) {
                data.add(all.get(i + 1).substring("data:".length()));
            }
        }
        return data;
    }

    /** The ids of the events received, in order. */
    public List<String> ids() {
        return lines().stream()
                .filter(l -> l.startsWith("id:"))
                .map(l -> l.substring(3))
                .toList();
    }

    @Override
    public void close() {
        response.thenAccept(r -> r.body().close());
        response.cancel(true);
    }
}
