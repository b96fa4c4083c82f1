package dev.quorum.platform.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;

/**
 * Applies {@link QuorumMongoProperties} to the driver's settings, except where the connection
 * string sets the same option (the operator's explicit choice for one deployment wins).
 */
class MongoClientTimeouts implements MongoClientSettingsBuilderCustomizer {
    private static final TimeUnit MS = TimeUnit.MILLISECONDS;

    private final QuorumMongoProperties timeouts;
    private final ConnectionString uri;

    MongoClientTimeouts(QuorumMongoProperties timeouts, ConnectionString uri) {
        this.timeouts = timeouts;
        this.uri = uri;
    }

    @Override
    public void customize(MongoClientSettings.Builder settings) {
        settings.applyToSocketSettings(socket -> {
            unlessInUri(uri.getConnectTimeout(), timeouts.connectTimeout(), t -> socket.connectTimeout(t, MS));
            unlessInUri(uri.getSocketTimeout(), timeouts.socketTimeout(), t -> socket.readTimeout(t, MS));
        });
        settings.applyToClusterSettings(cluster -> unlessInUri(
                uri.getServerSelectionTimeout(),
                timeouts.serverSelectionTimeout(),
                t -> cluster.serverSelectionTimeout(t, MS)));
    }

    private static void unlessInUri(Integer inUri, Duration configured, Consumer<Long> apply) {
        if (inUri == null && configured != null) {
            apply.accept(configured.toMillis());
        }
    }
}
