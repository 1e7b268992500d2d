package org.armjit.lang;

import java.nio.charset.StandardCharsets;

/**
 * A compile-time error with CPython's fields: {@code type()} is "SyntaxError",
 * "IndentationError" or "TabError"; {@code line()}/{@code column()} are 1-based like
 * CPython's {@code lineno}/{@code offset}; {@code endLine()}/{@code endColumn()} like
 * {@code end_lineno}/{@code end_offset} (end column 0 or -1 means "none").
 * {@link #format()} prints what {@code python3 p.py} prints for it on stderr.
 */
public final class PySyntaxError extends RuntimeException {
    private final String type;
    private final String message;
    private final String filename;
    private final int line;
    private final int column;
    private final int endLine;
    private final int endColumn;
    private final String sourceLine;

    public PySyntaxError(String type, String message, String filename, int line, int column,
                         int endLine, int endColumn, String sourceLine) {
        super(type + ": " + message + " (" + filename + ", line " + line + ")");
        this.type = type;
        this.message = message;
        this.filename = filename;
        this.line = line;
        this.column = column;
        this.endLine = endLine;
        this.endColumn = endColumn;
        this.sourceLine = sourceLine;
    }

    public String type() { return type; }
    public String message() { return message; }
    public String filename() { return filename; }
    public int line() { return line; }
    public int column() { return column; }
    public int endLine() { return endLine; }
    public int endColumn() { return endColumn; }
    /** The offending source line without its newline, or null. */
    public String sourceLine() { return sourceLine; }

    /** The same error with another message (f-string errors get a prefix). */
    public PySyntaxError withMessage(String newMessage) {
        return new PySyntaxError(type, newMessage, filename, line, column, endLine, endColumn, sourceLine);
    }

    /**
     * CPython 3.11's layout (pythonrun.c print_exception / print_error_text): the line with
     * leading blanks stripped, carets under the error's range counted in UTF-8 bytes, no
     * caret when the column lies in the stripped indentation; IndentationError and TabError
     * always get a single caret.
     */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(filename).append("\", line ").append(line).append('\n');
        if (sourceLine != null) {
            String text = sourceLine + "\n";
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            int offset = byteOffset(text, column);
            int endOffset = type.equals("SyntaxError") ? byteOffset(text, endColumn) : -1;
            int lineSize = bytes.length;
            if (type.equals("SyntaxError") && endLine > line) endOffset = lineSize;
            if (endOffset > lineSize + 1) endOffset = lineSize + 1;
            int carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
            offset--;
            int start = 0;
            while (start < bytes.length && (bytes[start] == ' ' || bytes[start] == '\t' || bytes[start] == '\f')) {
                start++;
                offset--;
            }
            int len = bytes.length - start - 1; // without the newline
            if (offset > len) offset = len;
            sb.append("    ").append(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
            if (offset >= 0) {
                sb.append("    ").append(" ".repeat(offset)).append("^".repeat(carets)).append('\n');
            }
        }
        sb.append(type).append(": ").append(message).append('\n');
        return sb.toString();
    }

    /** A 1-based character column turned into a 1-based UTF-8 byte column (values <= 0 kept). */
    private static int byteOffset(String text, int column) {
        if (column <= 1) return column;
        int chars = Math.min(column - 1, text.length());
        return text.substring(0, chars).getBytes(StandardCharsets.UTF_8).length + 1 + (column - 1 - chars);
    }
}
