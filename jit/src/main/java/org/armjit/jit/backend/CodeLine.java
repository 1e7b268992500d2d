package org.armjit.jit.backend;

/**
 * One machine instruction of a compiled trace, for logs and tools: its address, its
 * encoding, its text as objdump prints it and the index of the IR op (in
 * {@link CompiledTrace#trace()}) that emitted it, or -1 (literal pool, padding).
 */
public record CodeLine(long address, int word, String text, int op) {}
