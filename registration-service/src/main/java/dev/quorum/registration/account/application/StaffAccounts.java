package dev.quorum.registration.account.application;

import dev.quorum.platform.problem.ForbiddenException;
import dev.quorum.platform.problem.InvalidInputException;
import dev.quorum.platform.problem.NotFoundException;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.platform.security.Roles;
import dev.quorum.registration.account.domain.Account;
import dev.quorum.registration.catalogue.application.CommitteeCatalog;
import dev.quorum.registration.catalogue.domain.Committee;
import dev.quorum.registration.conference.application.ConferenceRepository;
import dev.quorum.registration.conference.domain.ConferenceId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** The Secretariat appoints chairs: accounts scoped to one conference and some of its committees. */
@Service
public class StaffAccounts {
    private final AccountRepository accounts;
    private final ConferenceRepository conferences;
    private final PasswordEncoder passwords;
    private final CommitteeCatalog catalog;

    public StaffAccounts(
            AccountRepository accounts,
            ConferenceRepository conferences,
            PasswordEncoder passwords,
            CommitteeCatalog catalog) {
        this.accounts = accounts;
        this.conferences = conferences;
        this.passwords = passwords;
        this.catalog = catalog;
    }

    public Account appointChair(
            QuorumPrincipal caller, String conferenceId, String username, String password, List<String> committees) {
        conferences
                .findById(new ConferenceId(conferenceId))
                .filter(c -> caller.belongsTo(conferenceId))
                .orElseThrow(() -> new NotFoundException("No conference " + conferenceId + "."));
        if (!caller.administers(conferenceId)) {
            throw new ForbiddenException("Only the conference's Secretariat may appoint chairs.");
        }
        List<String> distinct = committees.stream().distinct().toList();
        Set<String> known = catalog.findCommittees(conferenceId, distinct).stream()
                .map(Committee::id)
                .collect(Collectors.toSet());
        for (int i = 0; i < distinct.size(); i++) {
            if (!known.contains(distinct.get(i))) {
                throw new InvalidInputException(
                        "committees[" + committees.indexOf(distinct.get(i)) + "]",
                        "is not a committee of this conference");
            }
        }
        Account chair = Account.staffOf(conferenceId, Roles.CHAIR, username, passwords.encode(password), distinct);
        if (!accounts.insertIfAbsent(chair)) {
            throw new InvalidInputException("username", "is already taken");
        }
        return chair;
    }
}
