package org.armjit.lang.vm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard-library modules written in Python (itertools, functools, operator, bisect,
 * collections, io, random, typing, ...): their sources are resources of this package's
 * {@code lib/} folder, compiled and run like a program's own module when first imported.
 */
final class LibraryModules {
    private LibraryModules() {
    }

    /** The source of library module {@code name}, or null if armjit has none. */
    static String source(String name) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) return null;
        try (InputStream in = LibraryModules.class.getResourceAsStream("/org/armjit/lang/lib/" + name + ".py")) {
            if (in == null) return null;
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
