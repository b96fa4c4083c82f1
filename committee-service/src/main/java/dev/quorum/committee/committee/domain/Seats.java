package dev.quorum.committee.committee.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** The rules of a committee's seat list. */
public final class Seats {
    /** The most seats a committee has: the contract's limit (CommitteeCreated.v1). */
    public static final int MAX_SEATS = 500;

    public static final int MAX_NAME_LENGTH = 100;

    private Seats() {}

    /**
     * The seat list the drafts describe. New seats get ids from {@code newId}; a draft naming an id
     * keeps it, and must name one of {@code current}.
     *
     * @throws CommitteeRuleViolation for too many seats, an unknown or repeated seat id, or two
     *     names that read the same (compared after NFKC normalisation and case folding, so that
     *     "ＣＨＩＮＡ" and "china" are one seat)
     */
    public static List<Seat> resolve(List<SeatDraft> drafts, List<Seat> current, Supplier<String> newId) {
        if (drafts.size() > MAX_SEATS) {
            throw new CommitteeRuleViolation("seats", "a committee has at most " + MAX_SEATS + " seats");
        }
        Set<String> known = new HashSet<>(current.stream().map(Seat::seatId).toList());
        Set<String> ids = new HashSet<>();
        Map<String, Integer> names = new HashMap<>();
        List<Seat> seats = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            SeatDraft draft = drafts.get(i);
            String field = "seats[" + i + "]";
            if (draft.seatId() != null && !known.contains(draft.seatId())) {
                throw new CommitteeRuleViolation(field + ".seatId", "is not a seat of this committee");
            }
            if (draft.seatId() != null && !ids.add(draft.seatId())) {
                throw new CommitteeRuleViolation(field + ".seatId", "is listed twice");
            }
            Integer earlier = names.putIfAbsent(sameName(draft.name()), i);
            if (earlier != null) {
                throw new CommitteeRuleViolation(
                        field + ".name", "reads the same as seats[" + earlier + "].name (" + draft.name() + ")");
            }
            seats.add(new Seat(
                    draft.seatId() == null ? newId.get() : draft.seatId(),
                    draft.name().strip(),
                    draft.kind()));
        }
        return List.copyOf(seats);
    }

    /** How many seats vote on substantive matters under a profile. */
    public static int votingMembers(List<Seat> seats, boolean nonStateActorsVote) {
        return (int) seats.stream()
                .filter(s -> s.kind().votingMember(nonStateActorsVote))
                .count();
    }

    /** The key under which two names count as the same seat. */
    static String sameName(String name) {
        // lower(upper(...)) folds what one lower-casing misses, e.g. "ß" and "SS" become one.
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .toUpperCase(Locale.ROOT)
                .toLowerCase(Locale.ROOT);
    }
}
