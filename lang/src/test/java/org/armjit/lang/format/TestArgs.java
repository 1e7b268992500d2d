package org.armjit.lang.format;

/** Values of the golden files that are neither int, float, str nor bool. */
final class TestArgs {
    private TestArgs() {}

    /** An object of a user class with the given type name, str() and repr(). */
    record Other(String typeName, String str, String repr) {}
}
