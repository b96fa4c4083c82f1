package dev.quorum.runtime;

import java.net.URI;

/** How the runtime decides that a started component is ready for the next ones. */
sealed interface Health {

    /** Something accepts TCP connections on the port. */
    record Tcp(int port) implements Health {}

    /** TCP accepts and the component's log, since this start, contains the line. */
    record TcpAndLogLine(int port, String logLine) implements Health {}

    /** An HTTP GET returns 200. */
    record Http(URI uri) implements Health {}
}
