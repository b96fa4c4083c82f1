package dev.quorum.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's {@code chromium} and {@code chromium-driver}, driven headless by Selenium. Without them
 * the calling test is skipped with a message saying what to install ({@code .ci/run} installs them).
 * The driver binary is given explicitly, so Selenium Manager never goes looking for one online.
 */
final class HeadlessChromium {
    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private HeadlessChromium() {}

    /** A fresh headless browser with a profile of its own; skips the test when none is installed. */
    static ChromeDriver start() {
        Optional<Path> browser = find("CHROME_BIN", BROWSERS);
        Optional<Path> driver = find("CHROMEDRIVER", DRIVERS);
        assumeTrue(
                browser.isPresent() && driver.isPresent(),
                "skipped: no chromium/chromedriver on this machine (apt-get install chromium chromium-driver, "
                        + "or set CHROME_BIN and CHROMEDRIVER); .ci/run installs them");
        Path profile;
        try {
            profile = Files.createTempDirectory("quorum-e2e-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.get().toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1100",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.get().toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    private static Optional<Path> find(String variable, List<String> candidates) {
        String configured = System.getenv(variable);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }
}
