package dev.quorum.voting.vote.domain;

import dev.quorum.voting.rules.domain.Choice;

/** The ballots counted so far, by choice; a pass is not a vote yet (the seat is called again). */
public record Counts(int yes, int no, int abstain, int pass) {
    public static final Counts NONE = new Counts(0, 0, 0, 0);

    /** Seats whose ballot is final (anything but a pass). */
    public int voted() {
        return yes + no + abstain;
    }

    public int of(Choice choice) {
        return switch (choice) {
            case YES -> yes;
            case NO -> no;
            case ABSTAIN -> abstain;
            case PASS -> pass;
        };
    }
}
