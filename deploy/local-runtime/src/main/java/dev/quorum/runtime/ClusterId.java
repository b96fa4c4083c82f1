package dev.quorum.runtime;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Random;

/**
 * A Kafka cluster id in the format of {@code org.apache.kafka.common.Uuid#toString()}: 16 random
 * bytes, URL-safe base64 without padding (22 characters).
 */
final class ClusterId {

    private ClusterId() {}

    static String generate(Random random) {
        while (true) {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            long most = buffer.getLong();
            long least = buffer.getLong();
            // Kafka reserves the zero id and (0, 1) for the metadata topic, and its tools read an
            // argument starting with '-' as an option.
            if (most == 0 && (least == 0 || least == 1)) {
                continue;
            }
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }
}
