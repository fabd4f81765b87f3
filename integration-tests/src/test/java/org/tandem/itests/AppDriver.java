package org.tandem.itests;

import static org.junit.Assert.assertEquals;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a person does on Tandem's pages, by what they see: labels, button texts, link texts. */
final class AppDriver implements AutoCloseable {
    final WebDriver driver;
    private final WebDriverWait wait;
    private final Path shots;
    private final String prefix;

    AppDriver(WebDriver driver, String prefix) throws IOException {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        this.prefix = prefix;
        this.shots = Files.createDirectories(Path.of("target", "screenshots"));
    }

    void open(String url) {
        driver.get(url);
    }

    void waitText(String text) {
        try {
            wait.until(d -> bodyText().contains(text));
        } catch (RuntimeException e) {
            throw new AssertionError("The page never showed \"" + text + "\"; " + driver.getCurrentUrl() + " shows:\n"
                    + (bodyText().isBlank() ? driver.getPageSource() : bodyText()), e);
        }
    }

    /** Waits until no visible part of the page shows the text (a section that updated in place). */
    void waitNoText(String text) {
        try {
            wait.until(d -> !bodyText().contains(text));
        } catch (RuntimeException e) {
            throw new AssertionError("The page still shows \"" + text + "\":\n" + bodyText(), e);
        }
    }

    /** The visible texts of a select's options, in order. */
    java.util.List<String> options(String label) {
        return new Select(control(label)).getOptions().stream().map(WebElement::getText).toList();
    }

    String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    WebElement button(String text) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()=" + lit(text)
                + " or @aria-label=" + lit(text) + "]")));
    }

    void click(String buttonText) {
        button(buttonText).click();
    }

    void link(String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space()=" + lit(text) + "]"))).click();
    }

    /** A link known by its accessible name (an icon link such as the bell). */
    WebElement labelled(String label) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[@aria-label=" + lit(label) + "]")));
    }

    WebElement control(String label) {
        WebElement l = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//label[normalize-space()="
                + lit(label) + "]")));
        return driver.findElement(By.id(l.getAttribute("for")));
    }

    void fill(String label, String value) {
        WebElement c = control(label);
        c.clear();
        c.sendKeys(value);
    }

    /** Date and time pickers: the value as the browser stores it, set as a script would. */
    void setValue(String label, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value=arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input',{bubbles:true}));", control(label), value);
    }

    void select(String label, String visibleText) {
        new Select(control(label)).selectByVisibleText(visibleText);
    }

    /** Moves the keyboard focus with Tab only until it reaches the control, then presses Enter. */
    void tabToAndPress(String text) {
        for (int i = 0; i < 120; i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement now = driver.switchTo().activeElement();
            if (text.equals(now.getText().trim())) {
                now.sendKeys(Keys.ENTER);
                return;
            }
        }
        throw new AssertionError("Tab never reached \"" + text + "\"");
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    void shot(String name) throws IOException {
        Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, shots.resolve(prefix + "-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** axe-core with the WCAG 2.1 A and AA rules: no violation on this page. */
    void accessible(String page) {
        Results results = new AxeBuilder().withTags(Chromium.tags()).analyze(driver);
        String found = results.getViolations().stream().map(AppDriver::describe).collect(Collectors.joining("\n"));
        assertEquals("axe-core on " + page + ":\n" + found, 0, results.getViolations().size());
    }

    /** The check itself can fail: on a page with an image without a text alternative, axe must object. */
    void axeCatchesAViolation() {
        driver.get("data:text/html,<!DOCTYPE html><html lang=en><title>t</title><main><img src=a.png></main></html>");
        Results results = new AxeBuilder().withTags(Chromium.tags()).analyze(driver);
        assertEquals(List.of("image-alt"), results.getViolations().stream().map(Rule::getId).toList());
    }

    private static String describe(Rule r) {
        return r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + " at " + r.getNodes().stream()
                .map(n -> String.valueOf(n.getTarget()) + " " + n.getHtml()).collect(Collectors.joining("; "));
    }

    private static String lit(String s) {
        return s.contains("\"") ? "'" + s + "'" : "\"" + s + "\"";
    }

    @Override
    public void close() {
        driver.quit();
    }
}
