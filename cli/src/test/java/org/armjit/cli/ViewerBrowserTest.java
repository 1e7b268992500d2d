package org.armjit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The page of {@code armjit view} in a real headless browser (Debian's chromium, driven
 * through chromedriver): it loads without script errors, lists the program's loops and
 * bridges, and a click on an IR op highlights its ARM instructions and its source line.
 * Leaves a screenshot in target/viewer.png. Fails (never skips) without chromium: ./run-tests
 * installs it.
 */
class ViewerBrowserTest {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String PROGRAM = """
            def f(n):
                s = 0
                i = 0
                while i < n:
                    s += i * 3 % 7
                    if i % 3 == 0:
                        s += 1
                    else:
                        s -= 1
                    i += 1
                return s
            print(f(3000))
            """;

    @TempDir
    static Path dir;
    static ChromeDriver browser;
    static Path page;

    @BeforeAll
    static void openPage() throws Exception {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            fail("the viewer test needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): ./run-tests installs them, or: apt-get install chromium chromium-driver");
        }
        Path prog = dir.resolve("viewer_demo.py");
        Files.writeString(prog, PROGRAM);
        Path log = dir.resolve("viewer_demo.log");
        ProgramCorpusOutcome o = ProgramCorpusRunner.inProcess().run(List.of("run", "--backend", "arm",
                "--jit", "threshold=40,function_threshold=40,trace_eagerness=10", "--jit-log", log.toString(), prog.toString()));
        assertEquals(0, o.exitStatus(), o.stderr());
        page = dir.resolve("viewer_demo.html");
        ProgramCorpusOutcome v = ProgramCorpusRunner.inProcess().run(List.of("view", log.toString(), "-o", page.toString()));
        assertEquals(0, v.exitStatus(), v.stderr());

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1600,1100", "--user-data-dir=" + Files.createDirectory(dir.resolve("chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        browser.get(page.toUri().toString());
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) browser.quit();
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    @Test
    void thePageLoadsWithoutScriptErrorsAndListsTheLoopAndItsBridge() {
        assertEquals(List.of(), js("return window.__armjitErrors"));
        List<WebElement> rows = browser.findElements(By.cssSelector("tr.trace-row"));
        assertTrue(rows.stream().anyMatch(r -> r.getText().contains("loop") && r.getText().contains("viewer_demo.py:4 f")),
                "no loop at line 4 of f among: " + rows.stream().map(WebElement::getText).toList());
        assertTrue(rows.stream().anyMatch(r -> r.getText().contains("bridge")), "no bridge listed");
        // The costliest trace (the loop) is selected on load, with all four columns filled.
        assertTrue(browser.findElement(By.id("trace-title")).getText().contains("loop in f"));
        assertFalse(browser.findElements(By.cssSelector("#t-source .tsrc")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("#t-bytecode .bc")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("#t-asm .insn")).isEmpty());
        assertEquals(List.of(), js("return window.__armjitErrors"));
    }

    @Test
    void clickingAnIrOpHighlightsItsArmInstructionsAndSourceLine() throws Exception {
        browser.findElements(By.cssSelector("tr.trace-row")).stream().filter(r -> r.getText().contains("loop")).findFirst()
                .orElseThrow().click();
        WebElement mul = browser.findElements(By.cssSelector("#t-ir .irop")).stream()
                .filter(e -> e.getText().contains("int_mul")).findFirst()
                .orElseThrow(() -> new AssertionError("no int_mul op in the loop's IR"));
        String op = mul.getAttribute("data-op");
        mul.click();
        assertTrue(mul.getAttribute("class").contains("hl"));
        List<WebElement> insns = browser.findElements(By.cssSelector("#t-asm .insn[data-op='" + op + "']"));
        assertFalse(insns.isEmpty(), "op " + op + " emitted no instruction");
        for (WebElement i : insns) assertTrue(i.getAttribute("class").contains("hl"), i.getText());
        assertEquals(insns.size(), browser.findElements(By.cssSelector("#t-asm .insn.hl")).size(), "only the op's instructions");
        List<WebElement> lines = browser.findElements(By.cssSelector("#source .srcline.hl"));
        assertEquals(1, lines.size());
        assertEquals("5", lines.get(0).getAttribute("data-line"));
        assertTrue(lines.get(0).getText().contains("s += i * 3 % 7"));
        assertFalse(browser.findElements(By.cssSelector("#t-bytecode .bc.hl")).isEmpty(), "its bytecode");

        js("document.getElementById('traces-panel').scrollLeft = 0"); // the click on a row scrolled it sideways
        Path shot = Path.of("target", "viewer.png");

        Files.createDirectories(shot.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(shot) > 10_000);

        // The guard's bridge is reachable from the guard.
        WebElement link = browser.findElements(By.cssSelector("#t-ir a.bridge-link")).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no guard links to a bridge"));
        String bridge = link.getAttribute("data-trace");
        link.click();
        assertTrue(browser.findElement(By.id("trace-title")).getText().startsWith("#" + bridge + " bridge"),
                browser.findElement(By.id("trace-title")).getText());
        // Switching to the IR before the optimizer works too.
        js("const s = document.getElementById('stage'); s.value = '0'; s.dispatchEvent(new Event('change'));");
        assertFalse(browser.findElements(By.cssSelector("#t-ir .irline")).isEmpty());
        assertEquals(List.of(), js("return window.__armjitErrors"));
    }
}
