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
        return schools.findById(schoolId).filter(s -> sees(caller, s)).orElseThrow(() -> notFound(schoolId));
    }

    /** Like {@link #visibleTo}, with the delegate places taken, from the same single read. */
    public SchoolRepository.Placed placedVisibleTo(QuorumPrincipal caller, String schoolId) {
        return schools.findPlaced(schoolId)
                .filter(p -> sees(caller, p.school()))
                .orElseThrow(() -> notFound(schoolId));
    }

    /** Visible to the caller, and the caller is its conference's Secretariat (else 403). */
    public School administeredBy(QuorumPrincipal caller, String schoolId) {
        School school = visibleTo(caller, schoolId);
        if (!caller.administers(school.conferenceId())) {
            throw new ForbiddenException("Only the conference's Secretariat may do this.");
        }
        return school;
    }

    private static boolean sees(QuorumPrincipal caller, School school) {
        return caller.administers(school.conferenceId()) || advisesIt(caller, school.id());
    }

    private static NotFoundException notFound(String schoolId) {
        return new NotFoundException("No school " + schoolId + ".");
    }

    private static boolean advisesIt(QuorumPrincipal caller, String schoolId) {
        return caller.hasRole(Roles.ADVISOR)
                && caller.school().filter(schoolId::equals).isPresent();
    }
}
