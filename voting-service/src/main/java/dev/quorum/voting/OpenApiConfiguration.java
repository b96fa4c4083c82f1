package dev.quorum.voting;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.context.annotation.Configuration;

/**
 * The service's OpenAPI 3.1 description, served at {@code /v3/api-docs}. The platform's
 * {@code ProblemResponsesCustomizer} adds the bearer scheme, the Problem schema and each
 * operation's error responses.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Quorum voting service",
                        version = "v1",
                        description =
                                "Votes: procedures, ballots, tallies and results. Errors are application/problem+json (RFC 9457)."))
class OpenApiConfiguration {}
