package dev.quorum.registration.account.application;

import dev.quorum.platform.problem.ConflictException;
import dev.quorum.platform.problem.ForbiddenException;
import dev.quorum.platform.problem.NotFoundException;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.platform.security.Roles;
import dev.quorum.registration.account.domain.Account;
import dev.quorum.registration.conference.application.ConferenceRepository;
import dev.quorum.registration.conference.domain.ConferenceId;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The Secretariat of the deployment appoints the Secretariat of one conference: accounts with role
 * SECRETARIAT whose tokens carry only that conference, so each conference's organizers administer
 * it without holding the keys to the others (ADR 5).
 */
@Service
public class SecretariatAppointments {
    private final AccountRepository accounts;
    private final ConferenceRepository conferences;
    private final PasswordEncoder passwords;

    public SecretariatAppointments(
            AccountRepository accounts, ConferenceRepository conferences, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.conferences = conferences;
        this.passwords = passwords;
    }

    /**
     * Creates a Secretariat member of {@code conferenceId}.
     *
     * @throws NotFoundException when the conference does not exist or the caller does not belong to it
     * @throws ForbiddenException when the caller is not the Secretariat of every conference (a
     *     conference's own Secretariat may not widen itself)
     * @throws ConflictException when the username is taken
     */
    public Account appoint(QuorumPrincipal caller, String conferenceId, String username, String password) {
        conferences
                .findById(new ConferenceId(conferenceId))
                .filter(c -> caller.belongsTo(conferenceId))
                .orElseThrow(() -> new NotFoundException("No conference " + conferenceId + "."));
        if (!caller.administersAllConferences()) {
            throw new ForbiddenException(
                    "Only the Secretariat of the deployment may appoint a conference's Secretariat.");
        }
        // Checked before hashing: a taken name should not wait for a bcrypt slot to be refused.
        if (accounts.findByUsername(username).isPresent()) {
            throw taken(username);
        }
        Account member =
                Account.staffOf(conferenceId, Roles.SECRETARIAT, username, passwords.encode(password), List.of());
        if (!accounts.insertIfAbsent(member)) {
            throw taken(username);
        }
        return member;
    }

    private static ConflictException taken(String username) {
        return new ConflictException("The username " + username + " is already taken.");
    }
}
