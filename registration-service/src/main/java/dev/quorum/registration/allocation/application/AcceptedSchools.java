package dev.quorum.registration.allocation.application;

import dev.quorum.platform.problem.InvalidInputException;
import dev.quorum.registration.school.application.SchoolRepository;
import dev.quorum.registration.school.domain.School;
import dev.quorum.registration.school.domain.SchoolStatus;
import org.springframework.stereotype.Component;

/** Only accepted schools of the conference get seats, in a proposal or after finalization. */
@Component
class AcceptedSchools {
    private final SchoolRepository schools;

    AcceptedSchools(SchoolRepository schools) {
        this.schools = schools;
    }

    /** The school named in a request; 400 naming {@code schoolId} when it is not accepted here. */
    School require(String conferenceId, String schoolId) {
        return schools.findById(schoolId)
                .filter(s -> s.conferenceId().equals(conferenceId) && isAccepted(s))
                .orElseThrow(
                        () -> new InvalidInputException("schoolId", "is not an accepted school of this conference"));
    }

    boolean isAccepted(String schoolId) {
        return schools.findById(schoolId).filter(AcceptedSchools::isAccepted).isPresent();
    }

    private static boolean isAccepted(School school) {
        return school.status() == SchoolStatus.ACCEPTED;
    }
}
