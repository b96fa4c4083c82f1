package dev.quorum.registration.school.application;

import dev.quorum.platform.outbox.PendingEvent;
import dev.quorum.registration.school.domain.School;
import dev.quorum.registration.school.domain.SchoolStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Schools, each stored with its pending events in one write. */
public interface SchoolRepository {
    /** Stores a new school; a conflict if the same school (by normalized name) already applied. */
    void insert(School school, List<PendingEvent> events);

    /** Stores a changed school if it is still at {@code school.version()}; else a conflict. */
    void update(School school, List<PendingEvent> events);

    Optional<School> findById(String id);

    /** The conference's schools with that status (all when empty), in arrival order. */
    Page findPage(String conferenceId, Optional<SchoolStatus> status, int page, int size);

    /** Whether any school of the conference is waiting (one indexed lookup, not the whole list). */
    boolean hasWaitlist(String conferenceId);

    /** The conference's waitlist in arrival order. */
    List<School> waitlist(String conferenceId);

    /** Every school of the conference, whatever its status (for the reconciler). */
    List<School> ofConference(String conferenceId);

    /** Which of these ids are stored schools. */
    Set<String> existing(Collection<String> ids);

    /** The school with the delegate places it has taken, in one read: what a delegate addition decides on. */
    Optional<Placed> findPlaced(String id);

    /**
     * Takes one of the school's delegate places, if it has one left: never more delegates than
     * {@code max}, however many requests race. The first attempt compares against {@code seen},
     * the state the caller just read, so that an addition reads the school once; a lost race reads
     * again. False when full (or the school withdrew).
     */
    boolean tryTakeDelegatePlace(Placed seen, int max);

    void releaseDelegatePlace(String schoolId);

    record Page(List<School> items, long total) {}

    /**
     * A school and its taken delegate places, which live beside its state, not in it; {@code null}
     * for a school stored before the count started at insert.
     */
    record Placed(School school, Integer placesTaken) {}
}
