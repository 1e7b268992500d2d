package org.armjit.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * Runs the random-program differential over a range of seeds outside Maven and prints every
 * divergence (shrunk): {@code java -cp armjit.jar:test-classes org.armjit.cli.RandomProgramHunt FROM TO [full]}.
 * CPython is asked live (python3 3.11); the checked-in recording is used where it applies.
 */
final class RandomProgramHunt {
    private RandomProgramHunt() {}

    public static void main(String[] args) throws Exception {
        long from = Long.parseLong(args[0]), to = Long.parseLong(args[1]);
        boolean full = args.length > 2 && args[2].equals("full");
        Path repo = ProgramCorpus.locate().repo();
        RandomProgramRecording recording = RandomProgramRecording.load(RandomProgramRecording.file(repo));
        Path work = RandomProgramDifferential.workDirectory();
        int failed = 0;
        for (long seed = from; seed < to; seed++) {
            List<String> failures = RandomProgramDifferential.check(seed, recording, work, full);
            if (!failures.isEmpty()) {
                failed++;
                System.out.println("=== seed " + seed + "\n" + String.join("\n", failures));
            }
            if (seed % 50 == 0) System.out.println("... seed " + seed + ", " + failed + " failing so far");
            System.out.flush();
        }
        System.out.println("done: " + failed + " of " + (to - from) + " seeds diverged");
        System.exit(0);
    }
}
