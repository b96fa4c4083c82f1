package dev.quorum.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;

/**
 * The demo Secretariat account that the registration service creates at start-up.
 *
 * <p>{@code QUORUM_ADMIN_PASSWORD} (and {@code QUORUM_ADMIN_USERNAME}) win; otherwise the first
 * start generates a password and keeps it, readable by the owner only, for later starts.
 */
record Credentials(String username, String password, String origin) {

    static final String USERNAME_ENV = "QUORUM_ADMIN_USERNAME";
    static final String PASSWORD_ENV = "QUORUM_ADMIN_PASSWORD";
    static final String DEFAULT_USERNAME = "secretariat";

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    static Credentials resolve(Map<String, String> env, Path file, Random random) {
        String envUsername = blankToNull(env.get(USERNAME_ENV));
        String envPassword = blankToNull(env.get(PASSWORD_ENV));
        if (envPassword != null) {
            return new Credentials(
                    envUsername == null ? DEFAULT_USERNAME : envUsername, envPassword, "from " + PASSWORD_ENV);
        }
        if (Files.exists(file)) {
            Credentials kept = read(file);
            return envUsername == null ? kept : new Credentials(envUsername, kept.password(), kept.origin());
        }
        Credentials generated = new Credentials(
                envUsername == null ? DEFAULT_USERNAME : envUsername, generatePassword(random), "kept in " + file);
        write(file, generated);
        return generated;
    }

    /**
     * For {@code restart}: what {@link #resolve} gave {@code up}, but never a new password. Without
     * {@code QUORUM_ADMIN_PASSWORD} and without the file (up had the password from the environment),
     * the password is empty: the account exists since the first start, and the registration service
     * leaves an existing account as it is.
     */
    static Credentials forRestart(Map<String, String> env, Path file) {
        String envUsername = blankToNull(env.get(USERNAME_ENV));
        if (blankToNull(env.get(PASSWORD_ENV)) != null || Files.exists(file)) {
            return resolve(env, file, new Random());
        }
        return new Credentials(envUsername == null ? DEFAULT_USERNAME : envUsername, "", "the existing account");
    }

    /** 24 characters in four dash-separated groups (~135 bits), always with upper, lower case and digits. */
    static String generatePassword(Random random) {
        while (true) {
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < 24; i++) {
                if (i > 0 && i % 6 == 0) {
                    password.append('-');
                }
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String candidate = password.toString();
            if (candidate.chars().anyMatch(Character::isUpperCase)
                    && candidate.chars().anyMatch(Character::isLowerCase)
                    && candidate.chars().anyMatch(Character::isDigit)) {
                return candidate;
            }
        }
    }

    private static Credentials read(Path file) {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
            restrict(file);
        } catch (IOException e) {
            throw new StartupException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        String username = blankToNull(properties.getProperty("username"));
        String password = blankToNull(properties.getProperty("password"));
        if (username == null || password == null) {
            throw new StartupException(file + " needs a username= and a password= line; fix or delete it.");
        }
        return new Credentials(username, password, "kept in " + file);
    }

    private static void write(Path file, Credentials credentials) {
        String content = "# The demo Secretariat account of ./quorum up. Delete this file to get a new password\n"
                + "# (an account already created in the data directory keeps its old one).\n"
                + "username=" + credentials.username() + "\n"
                + "password=" + credentials.password() + "\n";
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(
                    file.toAbsolutePath().getParent(),
                    ".credentials",
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static void restrict(Path file) throws IOException {
        if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
