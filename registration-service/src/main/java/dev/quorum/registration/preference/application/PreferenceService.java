package dev.quorum.registration.preference.application;

import dev.quorum.platform.problem.ConflictException;
import dev.quorum.platform.problem.FieldError;
import dev.quorum.platform.problem.InvalidInputException;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.registration.catalogue.application.CommitteeCatalog;
import dev.quorum.registration.catalogue.domain.Committee;
import dev.quorum.registration.conference.application.ConferenceRepository;
import dev.quorum.registration.conference.domain.ConferenceId;
import dev.quorum.registration.preference.domain.Choice;
import dev.quorum.registration.preference.domain.SchoolPreferences;
import dev.quorum.registration.school.application.SchoolRegistration;
import dev.quorum.registration.school.domain.School;
import dev.quorum.registration.school.domain.SchoolStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Schools rank the committees and seats they want, most wanted first, for allocation to read.
 * Who may see or set a school's preferences is who may see the school: its advisor and its
 * conference's Secretariat ({@link SchoolRegistration#get}); to anyone else it does not exist.
 */
@Service
public class PreferenceService {
    private static final String WITHDRAWN = "A withdrawn school cannot rank preferences.";

    private final SchoolRegistration schools;
    private final ConferenceRepository conferences;
    private final CommitteeCatalog catalog;
    private final PreferenceRepository preferences;
    private final Clock clock;

    public PreferenceService(
            SchoolRegistration schools,
            ConferenceRepository conferences,
            CommitteeCatalog catalog,
            PreferenceRepository preferences,
            Clock clock) {
        this.schools = schools;
        this.conferences = conferences;
        this.catalog = catalog;
        this.preferences = preferences;
        this.clock = clock;
    }

    public SchoolPreferences get(QuorumPrincipal caller, String schoolId) {
        School school = schools.get(caller, schoolId);
        return preferences.find(school.id()).orElseGet(() -> SchoolPreferences.none(school.id()));
    }

    /**
     * Replaces the school's ranking: at most the conference's {@code maxPreferences} choices, none
     * twice, each a committee (and seat) of the school's conference. A withdrawn school cannot.
     */
    public SchoolPreferences replace(QuorumPrincipal caller, String schoolId, List<Choice> choices) {
        School school = schools.get(caller, schoolId);
        if (school.status() == SchoolStatus.WITHDRAWN) {
            throw new ConflictException(WITHDRAWN);
        }
        int maxChoices = conferences
                .findById(new ConferenceId(school.conferenceId()))
                .orElseThrow()
                .terms()
                .maxPreferences();
        List<Choice> ranked = SchoolPreferences.rank(choices, maxChoices);
        requireInCatalogue(school.conferenceId(), ranked);
        return preferences
                .replace(school.id(), ranked, clock.instant())
                .orElseThrow(() -> new ConflictException(WITHDRAWN));
    }

    /** Every choice names a committee of the school's own conference and, if any, a seat of it. */
    private void requireInCatalogue(String conferenceId, List<Choice> choices) {
        Set<String> named = choices.stream().map(Choice::committeeId).collect(Collectors.toSet());
        Map<String, Committee> committees = catalog.findCommittees(conferenceId, named).stream()
                .collect(Collectors.toMap(Committee::id, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            Choice choice = choices.get(i);
            Committee committee = committees.get(choice.committeeId());
            if (committee == null) {
                errors.add(new FieldError(
                        "choices[" + i + "].committeeId", "is not a committee of the school's conference"));
            } else if (choice.seatId().isPresent()
                    && committee.seat(choice.seatId().get()).isEmpty()) {
                errors.add(new FieldError("choices[" + i + "].seatId", "is not a seat of that committee"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
