package org.armjit.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes generated programs to a directory, for looking at them or running them by hand: {@code DIR FROM TO}. */
final class RandomProgramDump {
    private RandomProgramDump() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        for (long seed = Long.parseLong(args[1]); seed < Long.parseLong(args[2]); seed++) {
            Files.writeString(dir.resolve("random_" + seed + ".py"), RandomProgramGenerator.generate(seed));
        }
    }
}
