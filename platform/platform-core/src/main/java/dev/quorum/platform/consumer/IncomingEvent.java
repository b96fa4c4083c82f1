package dev.quorum.platform.consumer;

import java.time.Instant;

/**
 * An event as a consumer sees it: the CloudEvents attributes and the payload mapped into the
 * consumer's own copy of the event record.
 *
 * @param position the CloudEvents {@code sequence} attribute: the event's position within its
 *     aggregate ({@code subject}), distinct for every event and ordered as a string (see {@link
 *     IdempotentWrites#upsertIfAfter}); null for events published before positions existed.
 *     Positions of different aggregates are not comparable.
 */
public record IncomingEvent<T>(String id, String type, String subject, Instant time, T data, String position) {}
