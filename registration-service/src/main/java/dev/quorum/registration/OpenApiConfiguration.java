package dev.quorum.registration;

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
                        title = "Quorum registration service",
                        version = "v1",
                        description = "Conferences, schools, delegates, seat allocation, fees; accounts and tokens. "
                                + "Errors are application/problem+json (RFC 9457)."))
class OpenApiConfiguration {}
