package org.armjit.cli;

/** What armjit did with one program: exit status and everything it wrote to stdout and stderr. */
record ProgramCorpusOutcome(int exitStatus, byte[] stdout, String stderr) {

    /** The last non-empty-terminated line of stderr, as the recorder takes it ("" for no output). */
    String stderrLastLine() {
        String s = stderr;
        while (s.endsWith("\n") || s.endsWith("\r")) s = s.substring(0, s.length() - 1);
        int nl = s.lastIndexOf('\n');
        return nl < 0 ? s : s.substring(nl + 1);
    }
}
