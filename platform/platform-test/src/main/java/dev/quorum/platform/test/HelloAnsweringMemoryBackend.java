package dev.quorum.platform.test;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The in-memory backend, plus the {@code hello} command: mongo-java-server 1.47.0 answers only its
 * legacy name {@code isMaster}, while Spring Boot's Mongo health indicator (part of every service's
 * readiness group) sends {@code hello}. The embedded runtime's server does the same
 * ({@code deploy/mongo-server}).
 */
final class HelloAnsweringMemoryBackend extends MemoryBackend {
    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (command.equalsIgnoreCase("hello")) {
            Document response = super.handleCommand(channel, databaseName, "isMaster", query);
            response.put("isWritablePrimary", Boolean.TRUE);
            return response;
        }
        return super.handleCommand(channel, databaseName, command, query);
    }
}
