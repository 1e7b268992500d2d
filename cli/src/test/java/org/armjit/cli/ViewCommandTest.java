package org.armjit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code armjit view} without a browser: the page it writes, where, and its errors (ViewerBrowserTest runs the page). */
class ViewCommandTest {
    @TempDir
    Path dir;

    private ProgramCorpusOutcome armjit(String... args) throws Exception {
        return ProgramCorpusRunner.inProcess().run(List.of(args));
    }

    @Test
    void thePageIsSelfContainedAndNamedAfterTheLog() throws Exception {
        Path prog = dir.resolve("p.py");
        Files.writeString(prog, "s = 0\nfor i in range(500):\n    s += i\nprint(s, '</script><b>')\n");
        Path log = dir.resolve("p.log");
        assertEquals(0, armjit("run", "--backend", "ir", "--jit", "threshold=20", "--jit-log", log.toString(), prog.toString()).exitStatus());
        ProgramCorpusOutcome o = armjit("view", log.toString());
        assertEquals(0, o.exitStatus(), o.stderr());
        Path page = dir.resolve("p.html");
        assertEquals("wrote " + page + "\n", new String(o.stdout(), StandardCharsets.UTF_8));
        String html = Files.readString(page);
        assertFalse(html.contains("/*ARMJIT_DATA*/"), "data put in");
        // No network: nothing is fetched (no src= or href= to anywhere), and the source's closing tag cannot end the script.
        assertFalse(html.matches("(?s).*\\b(src|href)\\s*=\\s*\"(https?:)?//.*"), "external reference");
        assertFalse(html.contains("<script src"), "external script");
        assertEquals(3, html.split("</script>", -1).length, "two script elements, closed once each");
        assertTrue(html.contains("\\u003c/script>\\u003cb>"));
    }

    @Test
    void badLogsAreOneLineErrorsWithExitStatusOne() throws Exception {
        ProgramCorpusOutcome o = armjit("view", dir.resolve("none.log").toString());
        assertEquals(1, o.exitStatus());
        assertEquals("armjit view: " + dir.resolve("none.log") + ": no such file\n", o.stderr());
        Path bad = dir.resolve("bad.log");
        Files.writeString(bad, "{\"event\":\"header\",\"format\":\"armjit-jit-log\",\"version\":1}\n{\"event\":\"trace\",\"id\":1,\"code\":9}\n");
        o = armjit("view", bad.toString(), "-o", dir.resolve("x.html").toString());
        assertEquals(1, o.exitStatus());
        assertEquals("armjit view: " + bad + ":2: code 9 is not defined before this line\n", o.stderr());
        assertFalse(Files.exists(dir.resolve("x.html")));
    }
}
