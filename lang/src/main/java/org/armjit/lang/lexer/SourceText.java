package org.armjit.lang.lexer;

import org.armjit.lang.PySyntaxError;

import java.util.ArrayList;
import java.util.List;

/** The source split into lines, for error messages; one factory for located syntax errors. */
public final class SourceText {
    public final String filename;
    public final String text;
    private final List<String> lines = new ArrayList<>();

    public SourceText(String text, String filename) {
        this.filename = filename;
        this.text = text;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i));
                start = i + 1;
            }
        }
        if (start < text.length()) lines.add(text.substring(start));
    }

    /** Line {@code n} (1-based) without its newline; null when out of range. */
    public String line(int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : null;
    }

    public int lineCount() {
        return lines.size();
    }

    /** An error with CPython's 1-based offsets. */
    public PySyntaxError error(String type, String msg, int line, int offset, int endLine, int endOffset) {
        return new PySyntaxError(type, msg, filename, line, offset, endLine, endOffset, line(line));
    }

    public PySyntaxError syntaxError(String msg, int line, int offset, int endLine, int endOffset) {
        return error("SyntaxError", msg, line, offset, endLine, endOffset);
    }
}
