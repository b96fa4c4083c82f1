package dev.quorum.platform.test;

/**
 * One answer {@link ApiClient} received: the server it asked ({@code http://host:port}), the
 * method, the raw path without its query, and the status.
 */
public record ObservedResponse(String origin, String method, String path, int status) {}
