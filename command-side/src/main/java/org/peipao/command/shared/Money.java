package org.peipao.command.shared;

import java.math.BigDecimal;

/**
 * Amounts in CNY, kept at scale 2 (fen) so that equal amounts are equal values. The commands' constraints allow at
 * most two decimals ({@code @Digits(fraction = 2)}), so no rounding ever happens here.
 */
public final class Money {

    private Money() {
    }

    public static BigDecimal normalise(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2);
    }
}
