package dev.quorum.voting.rollcall.application;

import dev.quorum.voting.rollcall.domain.RollCall;
import java.util.Optional;

/** Each session's newest roll call, from committee-service's RollCallRecorded. */
public interface RollCalls {
    /** Keeps the roll call unless a newer one (by session version) is stored; true if kept. */
    boolean record(RollCall rollCall, long sessionVersion);

    Optional<RollCall> latest(String sessionId);
}
