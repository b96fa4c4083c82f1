package dev.quorum.platform.mongo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the MongoDB driver waits before it gives up, so that an unavailable store fails an
 * operation in seconds (and the caller retries or answers 503) instead of hanging it. Spring Boot
 * has no properties for these driver settings. An option given in {@code spring.mongodb.uri}
 * ({@code connectTimeoutMS}, {@code serverSelectionTimeoutMS}, {@code socketTimeoutMS}) wins.
 *
 * @param connectTimeout opening a connection (the driver's default is 10 s)
 * @param serverSelectionTimeout finding a server to run an operation on (the driver's default is 30 s)
 * @param socketTimeout waiting for the answer to one request (the driver's default is forever)
 */
@ConfigurationProperties("quorum.mongodb")
public record QuorumMongoProperties(Duration connectTimeout, Duration serverSelectionTimeout, Duration socketTimeout) {}
