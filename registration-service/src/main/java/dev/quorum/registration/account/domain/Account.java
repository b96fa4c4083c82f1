package dev.quorum.registration.account.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Someone who signs in: a Secretariat member, chair or advisor (by username and password), or a
 * delegate (by a one-time access code). The scopes become the token's claims.
 *
 * @param passwordHash a delegating-encoder hash such as {@code {bcrypt}...}; never the password
 */
public record Account(
        String id,
        String username,
        String passwordHash,
        List<String> roles,
        List<String> conferences,
        Optional<String> school,
        List<String> committees,
        Optional<String> seat) {
    /** bcrypt reads at most 72 bytes of UTF-8 and refuses longer passwords. */
    public static final int MAX_PASSWORD_BYTES = 72;

    /**
     * The form usernames are compared in: NFKC, then lower case, so that {@code SECRETARIAT} or a
     * fullwidth {@code ｓecretariat} is the account {@code secretariat} and not a second one.
     */
    public static String usernameKey(String username) {
        String folded = Normalizer.normalize(username, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(folded, Normalizer.Form.NFKC);
    }

    public Account {
        Objects.requireNonNull(id);
        Objects.requireNonNull(username);
        Objects.requireNonNull(passwordHash);
        roles = List.copyOf(roles);
        conferences = List.copyOf(conferences);
        committees = List.copyOf(committees);
    }

    /**
     * A new staff account of one conference (a chair, or a member of its Secretariat), with a
     * fresh id: no school and no seat.
     */
    public static Account staffOf(
            String conferenceId, String role, String username, String passwordHash, List<String> committees) {
        return new Account(
                UUID.randomUUID().toString(),
                username,
                passwordHash,
                List.of(role),
                List.of(conferenceId),
                Optional.empty(),
                committees,
                Optional.empty());
    }
}
