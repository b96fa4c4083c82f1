package dev.quorum.registration.token.web;

import dev.quorum.platform.problem.FieldError;
import dev.quorum.platform.problem.InvalidInputException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Credentials never travel in a query string: proxies, gateways and servers write request lines to
 * their access logs. A sign-in that tries is refused before anything is checked, naming the
 * parameters but never echoing their values.
 */
final class CredentialsInQuery {
    /** The credential fields of {@link TokenRequest}, compared without case. */
    private static final Set<String> CREDENTIALS = Set.of("username", "password", "accesscode");

    private CredentialsInQuery() {}

    static void refuse(String queryString) {
        if (queryString == null || queryString.isEmpty()) {
            return;
        }
        List<FieldError> errors =
                UriComponentsBuilder.newInstance().query(queryString).build().getQueryParams().keySet().stream()
                        .map(CredentialsInQuery::decoded)
                        .filter(name -> CREDENTIALS.contains(name.toLowerCase(Locale.ROOT)))
                        .sorted()
                        .map(name ->
                                new FieldError(name, "must be sent in the request body, never in the query string"))
                        .toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The name as the servlet container binds it ({@code pass%77ord} is {@code password}). */
    private static String decoded(String name) {
        try {
            return URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return name; // the container cannot bind it either
        }
    }
}
