package dev.quorum.committee.session.domain;

/** To whom a speaker yields the rest of their time. */
public enum YieldTarget {
    CHAIR,
    QUESTIONS,
    DELEGATE
}
