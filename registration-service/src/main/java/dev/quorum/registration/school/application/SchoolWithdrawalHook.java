package dev.quorum.registration.school.application;

import dev.quorum.registration.school.domain.School;

/**
 * What else must happen when a school has withdrawn (e.g. its seats are released). Other features
 * implement it so that registration does not depend on them.
 */
public interface SchoolWithdrawalHook {
    /** Called after the withdrawal is stored; must be safe to repeat. */
    void withdrawn(School school);
}
