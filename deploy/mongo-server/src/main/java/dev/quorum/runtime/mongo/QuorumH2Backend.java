package dev.quorum.runtime.mongo;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The H2 backend, plus the {@code hello} command: mongo-java-server 1.47.0 answers only its legacy
 * name {@code isMaster}, while Spring Boot's Mongo health indicator (part of the services' readiness
 * group) and current drivers' monitors send {@code hello}.
 */
final class QuorumH2Backend extends H2Backend {

    QuorumH2Backend(String fileName) {
        super(fileName);
    }

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
