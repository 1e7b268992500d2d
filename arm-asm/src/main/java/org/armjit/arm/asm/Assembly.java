package org.armjit.arm.asm;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The result of {@link TextAssembler#assemble}: words, label addresses and, per word, the statement it came from. */
public final class Assembly {
    private final int baseAddress;
    private final int[] words;
    private final String[] texts;
    private final Map<String, Integer> labels;

    Assembly(int baseAddress, int[] words, String[] texts, Map<String, Integer> labels) {
        this.baseAddress = baseAddress;
        this.words = words;
        this.texts = texts;
        this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    public int baseAddress() {
        return baseAddress;
    }

    /** The assembled words (a copy), the first at {@link #baseAddress()}. */
    public int[] words() {
        return Arrays.copyOf(words, words.length);
    }

    public int size() {
        return words.length;
    }

    /** The source statement (comments removed, spaces collapsed) that produced word {@code index}; literal-pool words read {@code .word 0x...}. */
    public String text(int index) {
        return texts[index];
    }

    /** Label name to address. */
    public Map<String, Integer> labels() {
        return labels;
    }

    /** The address of {@code label}; IllegalArgumentException if it is not defined. */
    public int address(String label) {
        Integer a = labels.get(label);
        if (a == null) {
            throw new IllegalArgumentException("no label " + label);
        }
        return a;
    }
}
