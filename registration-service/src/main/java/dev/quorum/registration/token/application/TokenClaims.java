package dev.quorum.registration.token.application;

import dev.quorum.registration.account.domain.Account;
import java.util.List;
import java.util.Optional;

/**
 * Who a token is for and what it may touch: an account (Secretariat, chair, advisor) or a delegate
 * who redeemed an access code ({@code session}: the one that redemption started).
 */
public record TokenClaims(
        String subject,
        String username,
        List<String> roles,
        List<String> conferences,
        Optional<String> school,
        List<String> committees,
        Optional<String> seat,
        Optional<String> session) {

    public static TokenClaims of(Account account) {
        return new TokenClaims(
                account.id(),
                account.username(),
                account.roles(),
                account.conferences(),
                account.school(),
                account.committees(),
                account.seat(),
                Optional.empty());
    }
}
