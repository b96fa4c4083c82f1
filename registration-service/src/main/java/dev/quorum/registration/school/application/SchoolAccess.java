package dev.quorum.registration.school.application;

import dev.quorum.platform.problem.ForbiddenException;
import dev.quorum.platform.problem.NotFoundException;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.platform.security.Roles;
import dev.quorum.registration.school.domain.School;
import org.springframework.stereotype.Component;

/**
 * Who may see and act for a school: its own advisor and its conference's Secretariat. To anyone
 * else the school does not exist (404), so guessed ids reveal nothing.
 */
@Component
public class SchoolAccess {
    private final SchoolRepository schools;

    public SchoolAccess(SchoolRepository schools) {
        this.schools = schools;
    }

    public School visibleTo(QuorumPrincipal caller, String schoolId) {
        return schools.findById(schoolId)
                .filter(s -> caller.administers(s.conferenceId()) || advisesIt(caller, schoolId))
                .orElseThrow(() -> new NotFoundException("No school " + schoolId + "."));
    }

    /** Visible to the caller, and the caller is its conference's Secretariat (else 403). */
    public School administeredBy(QuorumPrincipal caller, String schoolId) {
        School school = visibleTo(caller, schoolId);
        if (!caller.administers(school.conferenceId())) {
            throw new ForbiddenException("Only the conference's Secretariat may do this.");
        }
        return school;
    }

    private static boolean advisesIt(QuorumPrincipal caller, String schoolId) {
        return caller.hasRole(Roles.ADVISOR)
                && caller.school().filter(schoolId::equals).isPresent();
    }
}
