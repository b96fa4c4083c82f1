package dev.quorum.platform.security;

import dev.quorum.platform.problem.ProblemTypes;
import dev.quorum.platform.problem.ProblemWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/** 400, 401 and 403 answers of the security filter chain, as problem responses like every other error. */
final class ProblemAuthenticationHandlers {

    private ProblemAuthenticationHandlers() {}

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            write(response, 401, ProblemTypes.UNAUTHORIZED, "Unauthorized", "A valid bearer token is required.");
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) ->
                write(response, 403, ProblemTypes.FORBIDDEN, "Forbidden", "You may not do this with your token.");
    }

    /**
     * Spring Security's firewall turns away a request whose header values, path or parameters hold
     * characters it does not allow (a control character, say: UTF-8 bytes read as ISO-8859-1 make
     * some). Without this its rejection reaches the client as the servlet container's error page.
     */
    static RequestRejectedHandler rejected() {
        return (request, response, e) -> write(
                response,
                400,
                ProblemTypes.BAD_REQUEST,
                "Bad request",
                "A header, the path or a parameter holds characters that are not allowed.");
    }

    private static void write(HttpServletResponse response, int status, URI type, String title, String detail)
            throws IOException {
        ProblemWriter.write(response, ProblemWriter.problem(status, type, title, detail));
    }
}
