package dev.quorum.platform.test;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Under {@code -Pcontainers} the integration tests need Docker: without it they are reported as
 * skipped, and the build stays green. The embedded infrastructure is always available.
 */
public class InfrastructureAvailableCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (TestInfrastructure.mode() != TestInfrastructure.Mode.CONTAINERS) {
            return ConditionEvaluationResult.enabled("embedded Kafka and MongoDB");
        }
        return DockerClientFactory.instance().isDockerAvailable()
                ? ConditionEvaluationResult.enabled("Docker is available")
                : ConditionEvaluationResult.disabled("-Pcontainers needs Docker, which is not available here");
    }
}
