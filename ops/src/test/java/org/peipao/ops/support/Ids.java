package org.peipao.ops.support;

import org.peipao.api.text.CreditCodes;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Unique ids, so that tests sharing a server never collide. */
public final class Ids {

    private Ids() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A well-formed unified social credit code no other test uses: "91500" (Chongqing), 12 random characters, check. */
    public static String uniqueCreditCode() {
        StringBuilder body = new StringBuilder("91500");
        for (int i = 0; i < 12; i++) {
            body.append(CreditCodes.ALPHABET.charAt(ThreadLocalRandom.current().nextInt(CreditCodes.ALPHABET.length())));
        }
        return body.append(CreditCodes.checkCharacter(body)).toString();
    }
}
