package dev.quorum.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MongoClientTimeoutsTest {
    private final QuorumMongoProperties timeouts =
            new QuorumMongoProperties(Duration.ofSeconds(5), Duration.ofSeconds(6), Duration.ofSeconds(15));

    @Test
    void appliesTheConfiguredTimeouts() {
        MongoClientSettings settings = customized("mongodb://localhost:27017");

        assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.MILLISECONDS))
                .isEqualTo(5000);
        assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS))
                .isEqualTo(15000);
        assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS))
                .isEqualTo(6000);
    }

    @Test
    void anOptionInTheConnectionStringWins() {
        MongoClientSettings settings = customized("mongodb://localhost:27017/?serverSelectionTimeoutMS=1234");

        assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS))
                .isEqualTo(1234);
        assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.MILLISECONDS))
                .isEqualTo(5000);
    }

    // The order Boot uses: the connection string first, then the customizers.
    private MongoClientSettings customized(String uri) {
        ConnectionString connection = new ConnectionString(uri);
        MongoClientSettings.Builder builder = MongoClientSettings.builder().applyConnectionString(connection);
        new MongoClientTimeouts(timeouts, connection).customize(builder);
        return builder.build();
    }
}
