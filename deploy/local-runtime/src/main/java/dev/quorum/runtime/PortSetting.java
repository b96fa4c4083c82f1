package dev.quorum.runtime;

/** A loopback port that one component binds, and the environment variable that moves it. */
record PortSetting(String component, String envVar, int port) {}
