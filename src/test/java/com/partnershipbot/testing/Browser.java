package com.partnershipbot.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and its driver, headless, for browser tests. Selenium is given both paths, so
 * Selenium Manager never downloads anything. Without them a test is skipped with a message, except
 * in CI ({@code CI=true}), where a missing browser fails the run: .ci/run installs them.
 */
public final class Browser {
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** Selenium warns on every start that it has no DevTools bindings for this Chromium; the tests need none. */
  private static final Logger CDP_VERSIONS = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  private Browser() {}

  /** Skips the test outside CI when the browser is missing; fails it in CI. */
  public static void assumeInstalled() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if ("true".equals(System.getenv("CI")) && !installed) {
      throw new IllegalStateException("CI must run the browser tests: .ci/run should have installed " + CHROMIUM
          + " and " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
    }
    assumeTrue(installed, "Chromium is not installed: browser tests skipped (apt-get install chromium "
        + "chromium-driver, as .ci/run does)");
  }

  /** A headless Chromium whose profile lives in {@code profile}, with a window of the given size. */
  public static ChromeDriver start(Path profile, int width, int height) {
    assumeInstalled();
    CDP_VERSIONS.setLevel(Level.SEVERE);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=" + width + "," + height,
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  /** Shows pages as a phone of this size does (desktop windows are never narrower than about 500 pixels). */
  public static void emulatePhone(ChromeDriver browser, int width, int height) {
    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
  }
}
