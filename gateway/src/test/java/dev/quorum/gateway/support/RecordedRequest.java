package dev.quorum.gateway.support;

import java.util.List;
import java.util.Map;

/** What a stub backend received, with header names in lower case. */
public record RecordedRequest(String method, String path, Map<String, List<String>> headers) {

    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase());
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
