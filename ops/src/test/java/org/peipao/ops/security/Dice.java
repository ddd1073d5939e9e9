package org.peipao.ops.security;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** Seeded choices for generated inputs: the same seed draws the same inputs, so a failing run can be replayed. */
final class Dice {

    /** Characters that are valid but treacherous: separators, invisible marks, a right-to-left override. */
    private static final String ODD_CHARACTERS = "\u0000\u007f\u0085\u00a0\u2028\u2029\u200b\u202e\ufeff\ufffe\uffff";
    private static final String JSON_SYNTAX = "\"\\{}[]:,";

    private final SplittableRandom random;

    Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A number from {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    @SafeVarargs
    final <T> T oneOf(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    <T> T oneOf(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** The index of a choice drawn in proportion to {@code weights}. */
    int weighted(int... weights) {
        int draw = random.nextInt(IntStream.of(weights).sum());
        int index = 0;
        while (draw >= weights[index]) {
            draw -= weights[index++];
        }
        return index;
    }

    int anyInt() {
        return random.nextInt();
    }

    /** Any double, from tiny to huge, with up to 17 significant digits, NaN and the infinities included. */
    double anyDouble() {
        return chance(0.5) ? Double.longBitsToDouble(random.nextLong()) : (random.nextDouble() - 0.5) * 1e6;
    }

    byte[] bytes(int maxSize) {
        byte[] bytes = new byte[between(0, maxSize)];
        random.nextBytes(bytes);
        return bytes;
    }

    /**
     * Up to {@code maxLength} characters of any kind: printable ASCII, controls, JSON syntax, any char of the
     * basic plane (lone surrogates included), emoji as surrogate pairs and {@link #ODD_CHARACTERS}.
     * One in ten is empty.
     */
    String anyString(int maxLength) {
        if (maxLength == 0 || chance(0.1)) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        int length = between(1, maxLength);
        while (text.length() < length) {
            switch (weighted(2, 1, 1, 2, 1, 1)) {
                case 0 -> text.append((char) between(0x20, 0x7e));
                case 1 -> text.append((char) between(0x00, 0x1f));
                case 2 -> text.append(JSON_SYNTAX.charAt(random.nextInt(JSON_SYNTAX.length())));
                case 3 -> text.append((char) between(0x80, 0xffff));
                case 4 -> text.appendCodePoint(between(0x1f300, 0x1faff));
                default -> text.append(ODD_CHARACTERS.charAt(random.nextInt(ODD_CHARACTERS.length())));
            }
        }
        text.setLength(length); // an emoji at the end may have gone one over, or now ends as a lone surrogate
        return text.toString();
    }

    /** Characters from {@code alphabet}. */
    String string(String alphabet, int minLength, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int length = between(minLength, maxLength); text.length() < length; ) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** Characters from {@code first} to {@code last}, both included. */
    String string(char first, char last, int minLength, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int length = between(minLength, maxLength); text.length() < length; ) {
            text.append((char) between(first, last));
        }
        return text.toString();
    }
}
