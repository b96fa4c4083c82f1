package dev.quorum.registration.account.application;

import dev.quorum.platform.problem.ForbiddenException;
import dev.quorum.platform.problem.InvalidInputException;
import dev.quorum.platform.problem.NotFoundException;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.platform.security.Roles;
import dev.quorum.registration.account.domain.Account;
import dev.quorum.registration.conference.application.ConferenceRepository;
import dev.quorum.registration.conference.domain.ConferenceId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** The Secretariat appoints chairs: accounts scoped to one conference and some of its committees. */
@Service
public class StaffAccounts {
    private final AccountRepository accounts;
    private final ConferenceRepository conferences;
    private final PasswordEncoder passwords;

    public StaffAccounts(AccountRepository accounts, ConferenceRepository conferences, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.conferences = conferences;
        this.passwords = passwords;
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
        Account chair = new Account(
                UUID.randomUUID().toString(),
                username,
                passwords.encode(password),
                List.of(Roles.CHAIR),
                List.of(conferenceId),
                Optional.empty(),
                committees.stream().distinct().toList(),
                Optional.empty());
        if (!accounts.insertIfAbsent(chair)) {
            throw new InvalidInputException("username", "is already taken");
        }
        return chair;
    }
}
