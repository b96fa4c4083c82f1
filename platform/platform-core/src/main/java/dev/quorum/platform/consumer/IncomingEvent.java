package dev.quorum.platform.consumer;

import java.time.Instant;

/**
 * An event as a consumer sees it: the CloudEvents attributes and the payload mapped into the
 * consumer's own copy of the event record.
 */
public record IncomingEvent<T>(String id, String type, String subject, Instant time, T data) {}
