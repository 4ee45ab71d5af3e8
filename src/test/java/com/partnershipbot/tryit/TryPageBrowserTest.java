package com.partnershipbot.tryit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnershipbot.server.Application;
import com.partnershipbot.testing.Browser;
import com.partnershipbot.testing.ClassHarness;
import com.partnershipbot.testing.ServeEnv;
import com.partnershipbot.testing.TestConfig;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The try-it page in a real browser (Debian's Chromium, headless): asking, following a related
 * topic, the "why" panel, the page without JavaScript, and markup typed as a question. Writes
 * screenshots at desktop and phone widths to target/try-page/ for reviewers.
 */
class TryPageBrowserTest {
  static final Path SCREENSHOTS = Path.of("target/try-page");
  private static final String HOSTING = "Where the stateless APIs are hosted";

  @RegisterExtension
  static final ClassHarness<Application> bot = ClassHarness.of(folder -> ServeEnv.in(folder, TestConfig.FAQ).start());

  @TempDir
  Path profile;

  private ChromeDriver browser;

  @BeforeAll
  static void needsTheBrowser() {
    Browser.assumeInstalled();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void askingShowsTheAnswerAndARelatedTopicAnswersInPlace() throws IOException {
    browser = Browser.start(profile, 1280, 1800);
    browser.get(url("/"));

    ask("which cloud runs the APIs exclusively");
    awaitTitle(HOSTING);
    assertThat(browser.findElement(By.cssSelector("#reply .text")).getText())
        .contains("The stateless APIs are hosted on Azure alone.")
        .contains("Buying them from either company does not move them.");
    assertThat(browser.findElement(By.cssSelector("#reply .source")).getText()).startsWith("Source: Small FAQ source");

    browser.findElement(By.cssSelector("#why summary")).click();
    List<WebElement> rows = browser.findElements(By.cssSelector("#why table.candidates tbody tr"));
    assertThat(rows).isNotEmpty();
    assertThat(rows.get(0).getText()).contains("hosting").containsPattern("\\b[01]\\.\\d\\d\\b");
    assertThat(browser.findElement(By.cssSelector("#why .thresholds .decided")).getText()).contains("answer_threshold");
    screenshot("desktop.png");

    browser.findElement(By.linkText("Compute from other providers")).click();
    awaitTitle("Compute from other providers");
    assertThat(browser.findElement(By.cssSelector("#reply .text")).getText()).contains("Stargate");
    assertThat(browser.getCurrentUrl()).endsWith("?q=compute");
    assertThat(browser.findElements(By.cssSelector("#history li"))).hasSize(2);
  }

  @Test
  void withoutJavaScriptTheServerRendersTheAnswer() {
    browser = Browser.start(profile, 1280, 900);
    browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    browser.get(url("/?q=" + URLEncoder.encode("Where are the stateless APIs hosted?", StandardCharsets.UTF_8)));

    assertThat(browser.findElement(By.id("reply-title")).getText()).isEqualTo(HOSTING);
    assertThat(browser.findElement(By.cssSelector("#reply .text")).getText()).contains("hosted on Azure alone");
    assertThat(browser.findElement(By.id("history")).isDisplayed()).as("the session list needs the script").isFalse();

    browser.findElement(By.cssSelector("#why summary")).click();
    assertThat(browser.findElement(By.cssSelector("#why table.candidates")).isDisplayed()).isTrue();
  }

  @Test
  void aScriptTypedAsTheQuestionIsShownAsTextAndNeverRuns() {
    browser = Browser.start(profile, 1280, 900);
    browser.get(url("/"));
    String question = "<script>alert(1)</script><img src=x onerror=alert(2)>";

    ask(question);
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.textToBe(By.cssSelector("#reply .asked q"), question));

    assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    assertThat(browser.findElements(By.cssSelector("#reply script, #reply img, #history script"))).isEmpty();

    browser.get(url("/?q=" + URLEncoder.encode(question, StandardCharsets.UTF_8)));
    assertThat(browser.findElement(By.cssSelector("#reply .asked q")).getText()).isEqualTo(question);
    assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
  }

  @Test
  void onAPhoneTheChoicesAndTheWhyPanelFitTheScreen() throws IOException {
    browser = Browser.start(profile, 800, 1400);
    Browser.emulatePhone(browser, 390, 1400);
    browser.get(url("/"));

    ask("licence terms?");
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#reply .choices button"), 2));
    browser.findElement(By.cssSelector("#why summary")).click();
    Object overflow = browser.executeScript(
        "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
    assertThat(overflow).as("the page scrolls sideways on a phone").isEqualTo(false);
    screenshot("phone-choices.png");

    browser.findElement(By.cssSelector("#reply .choices button[value='model-licence']")).click();
    awaitTitle("The licence to the models");
    screenshot("phone.png");
  }

  private void ask(String question) {
    WebElement box = browser.findElement(By.id("q"));
    box.clear();
    box.sendKeys(question, Keys.ENTER);
  }

  private void awaitTitle(String title) {
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.textToBe(By.id("reply-title"), title));
  }

  private void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.move(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + bot.get().port() + path;
  }
}
