package dev.quorum.platform.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Import;

/** RFC 9457 problem responses, each with its trace id, for every WebMVC service. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import({ProblemExceptionHandler.class, ProblemTraceIdAdvice.class})
public class ProblemResponseAutoConfiguration {}
