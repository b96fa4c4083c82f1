package dev.quorum.committee.session.web;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * An SSE event framed once and sent as is to any number of streams. Spring's own builder frames
 * its text again on every {@code build()}, so it cannot be shared between emitters.
 */
final class PreparedEvent implements SseEmitter.SseEventBuilder {
    private final Set<DataWithMediaType> framed;

    private PreparedEvent(Set<DataWithMediaType> framed) {
        // the order of the parts is the framing: never an unordered copy
        this.framed = Collections.unmodifiableSet(new LinkedHashSet<>(framed));
    }

    static PreparedEvent of(SseEmitter.SseEventBuilder builder) {
        return new PreparedEvent(builder.build());
    }

    @Override
    public Set<DataWithMediaType> build() {
        return framed;
    }

    @Override
    public SseEmitter.SseEventBuilder id(String id) {
        throw new UnsupportedOperationException("A prepared event is framed already");
    }

    @Override
    public SseEmitter.SseEventBuilder name(String eventName) {
        throw new UnsupportedOperationException("A prepared event is framed already");
    }

    @Override
    public SseEmitter.SseEventBuilder reconnectTime(long reconnectTimeMillis) {
        throw new UnsupportedOperationException("A prepared event is framed already");
    }

    @Override
    public SseEmitter.SseEventBuilder comment(String comment) {
        throw new UnsupportedOperationException("A prepared event is framed already");
    }

    @Override
    public SseEmitter.SseEventBuilder data(Object object) {
        throw new UnsupportedOperationException("A prepared event is framed already");
    }

    @Override
    public SseEmitter.SseEventBuilder data(Object object, MediaType mediaType) {
        throw new UnsupportedOperationException("A prepared event is framed already");
    }
}
