package org.armjit.cli.jitlog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JIT log back: checks the header (format and version) and that every line is one
 * JSON object with an "event", and keeps the records with their line numbers. Errors name
 * the file and line ({@link BadLog}).
 */
public final class JitLogReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JitLogReader() {}

    /** A log that cannot be read: the message is one line, "FILE:LINE: what". */
    public static final class BadLog extends Exception {
        public BadLog(String message) {
            super(message);
        }
    }

    /** One record and where it was. */
    public record Entry(int line, JsonNode node) {
        public String event() {
            return node.path("event").asText();
        }
    }

    public static JitLog read(Path file) throws BadLog {
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            int line = 0;
            while ((text = in.readLine()) != null) {
                line++;
                if (text.isBlank()) continue;
                JsonNode node;
                try {
                    node = MAPPER.readTree(text);
                } catch (JsonProcessingException e) {
                    throw new BadLog(file + ":" + line + ": not JSON: " + e.getOriginalMessage());
                }
                if (node == null || !node.isObject()) throw new BadLog(file + ":" + line + ": expected a JSON object");
                if (!node.path("event").isTextual()) throw new BadLog(file + ":" + line + ": record without an \"event\"");
                if (entries.isEmpty()) checkHeader(file, line, node);
                entries.add(new Entry(line, node));
            }
        } catch (NoSuchFileException e) {
            throw new BadLog(file + ": no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new BadLog(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new BadLog(file + ": cannot read: " + e.getMessage());
        }
        if (entries.isEmpty()) throw new BadLog(file + ": empty (no header)");
        return JitLog.of(file, entries);
    }

    private static void checkHeader(Path file, int line, JsonNode node) throws BadLog {
        if (!node.path("event").asText().equals("header") || !JitLogWriter.FORMAT.equals(node.path("format").asText())) {
            throw new BadLog(file + ":" + line + ": not an armjit JIT log (the first record must be a header with format \""
                    + JitLogWriter.FORMAT + "\")");
        }
        int version = node.path("version").asInt(-1);
        if (version != JitLogWriter.VERSION) {
            throw new BadLog(file + ":" + line + ": JIT log version " + node.path("version") + " is not supported (this armjit reads version "
                    + JitLogWriter.VERSION + ")");
        }
    }
}
