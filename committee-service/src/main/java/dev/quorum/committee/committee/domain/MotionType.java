package dev.quorum.committee.committee.domain;

/** The motions a rules profile may allow; listed here in the usual precedence, most disruptive first. */
public enum MotionType {
    ADJOURN_MEETING,
    SUSPEND_MEETING,
    APPEAL_CHAIR,
    UNMODERATED_CAUCUS,
    MODERATED_CAUCUS,
    CLOSE_DEBATE,
    TABLE_DEBATE,
    SET_AGENDA,
    OPEN_SPEAKERS_LIST,
    CLOSE_SPEAKERS_LIST,
    SET_SPEAKING_TIME,
    DIVIDE_QUESTION,
    REORDER_DRAFTS,
    ROLL_CALL_VOTE
}
