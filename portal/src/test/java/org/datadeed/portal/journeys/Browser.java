package org.datadeed.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.datadeed.devauth.DevAuthProperties;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driven through the system's chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}, which {@code .ci/run} installs). A missing browser fails the tests with a message that
 * says how to install it: browser tests are never skipped.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMEDRIVER = Path.of(System.getProperty("datadeed.chromedriver", "/usr/bin/chromedriver"));
    static final Path CHROMIUM = Path.of(System.getProperty("datadeed.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(30);

    final ChromeDriver driver;
    private final String baseUrl;
    private final Path profile;

    Browser(String baseUrl) {
        requireInstalled();
        this.baseUrl = baseUrl;
        try {
            profile = Files.createTempDirectory("portal-it-chromium");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--user-data-dir=" + profile);
        // the portal serves PDF evidence inline (the tests check its headers); the browser need not render the
        // tests' minimal PDFs, whose viewer would only slow a loaded machine down
        options.setExperimentalOption("prefs", java.util.Map.of("plugins.always_open_pdf_externally", true,
                "download.default_directory", profile.resolve("downloads").toString()));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** Fails, with the fix, when the browser or its driver is not installed. */
    static void requireInstalled() {
        assertThat(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM))
                .as("The portal's browser tests need Debian's chromium and chromium-driver (%s, %s). Install them with: "
                        + "sudo apt-get update && sudo apt-get install -y chromium chromium-driver "
                        + "(.ci/run does this), or point -Ddatadeed.chromium and -Ddatadeed.chromedriver at them.",
                        CHROMIUM, CHROMEDRIVER)
                .isTrue();
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Signs in through the portal's sign-in link and the authorization server's login form. */
    void signIn(DevAuthProperties.User person) {
        open("/");
        click(By.cssSelector("header a.button[href$='/oauth2/authorization/datadeed']"));
        fillLogin(person);
    }

    /** Completes the authorization server's login form, wherever the portal sent the browser to it. */
    void fillLogin(DevAuthProperties.User person) {
        find(By.name("username")).sendKeys(person.username());
        driver.findElement(By.name("password")).sendKeys(person.password());
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        find(By.cssSelector("[data-testid=signed-in-as]"));
    }

    WebDriverWait waiter() {
        return new WebDriverWait(driver, WAIT);
    }

    /** The element, once present; if it never comes, says where the browser is and what it shows (and saves a screenshot). */
    WebElement find(By by) {
        return waitFor(ExpectedConditions.presenceOfElementLocated(by), "No " + by);
    }

    /** Waits for a condition; if it never holds, says where the browser is and what it shows (and saves a screenshot). */
    private <T> T waitFor(java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition, String failure) {
        try {
            return waiter().until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            String shot = "failure-" + System.currentTimeMillis();
            screenshot(shot);
            String page = driver.findElements(By.tagName("body")).isEmpty() ? "" : pageText();
            throw new AssertionError(failure + " at " + driver.getCurrentUrl() + " (screenshot " + shot + ".png); the page shows:\n"
                    + page.substring(0, Math.min(page.length(), 1500)), e);
        }
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    void click(By by) {
        waiter().until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /** Clicks something that loads a new page (a form's button, a link) and waits until the new page is there. */
    void submit(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(by);
        waitFor(driver -> gone(page), "No new page after clicking " + by);
    }

    /** Whether an element of the previous page is gone (Chromium reports that in more than one way). */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException e) {
            return true;
        }
    }

    void type(String id, String text) {
        WebElement field = find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    String text(By by) {
        return find(by).getText();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void waitForText(By by, String text) {
        waiter().until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /**
     * Checks what assistive technology relies on, on the page shown now: the document's language, one main heading,
     * a name for every visible form control and every image, and a skip link that the first Tab reaches.
     *
     * @return the problems found (empty when none)
     */
    List<String> accessibilityProblems() {
        Object found = driver.executeScript("""
                const problems = [];
                if (!document.documentElement.lang) problems.push('no lang on <html>');
                if (document.querySelectorAll('h1').length !== 1) problems.push('not exactly one <h1>');
                document.querySelectorAll('input, select, textarea').forEach(c => {
                  if (c.type === 'hidden') return;
                  const named = (c.labels && c.labels.length > 0) || c.getAttribute('aria-label') || c.getAttribute('aria-labelledby');
                  if (!named) problems.push('no label for ' + (c.id || c.name || c.outerHTML.slice(0, 60)));
                });
                document.querySelectorAll('img, svg[role=img]').forEach(i => {
                  if (!(i.getAttribute('alt') || i.getAttribute('aria-label'))) problems.push('no name for an image');
                });
                if (!document.querySelector('a.skip-link[href="#main"]') || !document.getElementById('main')) problems.push('no skip link to #main');
                return problems;""");
        List<String> problems = new java.util.ArrayList<>(((List<?>) found).stream().map(Object::toString).toList());
        // from the top of the page, as after loading it
        driver.executeScript("const start = document.createElement('span'); start.id = 'tab-start'; start.tabIndex = -1;"
                + " document.body.prepend(start); start.focus();");
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        WebElement focused = driver.switchTo().activeElement();
        driver.executeScript("document.getElementById('tab-start').remove();");
        if (!"skip-link".equals(focused.getAttribute("class"))) {
            problems.add("the first Tab does not reach the skip link");
        }
        return problems;
    }

    /** Saves what the page shows now, for review, as {@code target/screenshots/<name>.png}. */
    void screenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile
        }
    }
}
