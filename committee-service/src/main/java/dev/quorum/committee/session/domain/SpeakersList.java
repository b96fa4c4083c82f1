package dev.quorum.committee.session.domain;

import java.util.List;

/**
 * A queue of seats waiting for the floor: the general list, or a moderated caucus's own list
 * (then {@code listId} is the caucus motion's id). One entry per seat.
 */
public record SpeakersList(String listId, boolean open, List<String> queue) {
    public static final String GENERAL = "general";

    public SpeakersList {
        queue = List.copyOf(queue);
    }
}
