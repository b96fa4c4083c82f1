package dev.quorum.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import dev.quorum.platform.consumer.PoisonEventException;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

class InfrastructureFailuresTest {
    private static final ServerAddress MONGO = new ServerAddress("localhost", 27017);

    @Test
    void storeAndBrokerOutagesAreInfrastructureEvenWhenWrapped() {
        assertThat(InfrastructureFailures.isInfrastructure(new ListenerExecutionFailedException(
                        "listener failed", new MongoTimeoutException("no server"))))
                .isTrue();
        assertThat(InfrastructureFailures.isInfrastructure(new MongoSocketOpenException("refused", MONGO)))
                .isTrue();
        assertThat(InfrastructureFailures.isInfrastructure(new MongoNotPrimaryException(new BsonDocument(), MONGO)))
                .isTrue();
        assertThat(InfrastructureFailures.isInfrastructure(
                        new IllegalStateException(new org.apache.kafka.common.errors.TimeoutException("broker"))))
                .isTrue();
    }

    @Test
    void dataErrorsAndApplicationBugsAreNot() {
        assertThat(InfrastructureFailures.isInfrastructure(new PoisonEventException("bad data")))
                .isFalse();
        assertThat(InfrastructureFailures.isInfrastructure(new IllegalStateException("a bug")))
                .isFalse();
        assertThat(InfrastructureFailures.isInfrastructure(
                        new ListenerExecutionFailedException("listener failed", new NullPointerException())))
                .isFalse();
    }

    @Test
    void aFailureThatNamesItselfAsItsCauseIsReadOnce() {
        // Throwable.getCause() never answers the throwable itself, but a subclass may override it.
        RuntimeException selfCaused = new RuntimeException("loops") {
            @Override
            public synchronized Throwable getCause() {
                return this;
            }
        };

        assertThat(InfrastructureFailures.isInfrastructure(selfCaused)).isFalse();
    }

    @Test
    void aChainOfCausesThatLoopsIsReadOnce() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second); // first -> second -> first

        assertThat(InfrastructureFailures.isInfrastructure(first)).isFalse();
    }
}
