package dev.quorum.committee.committee.application;

import java.util.Optional;
import org.springframework.stereotype.Service;

/** The sessions code's view of stored committees. */
@Service
class StoredCommitteeDirectory implements CommitteeDirectory {
    private final CommitteeRepository committees;

    StoredCommitteeDirectory(CommitteeRepository committees) {
        this.committees = committees;
    }

    @Override
    public Optional<CommitteeView> find(String committeeId) {
        return committees
                .findById(committeeId)
                .map(c -> new CommitteeView(
                        c.id(),
                        c.conferenceId(),
                        c.details().name(),
                        c.details().abbreviation(),
                        c.seats(),
                        c.details().agendaItems(),
                        c.profile(),
                        c.version()));
    }
}
