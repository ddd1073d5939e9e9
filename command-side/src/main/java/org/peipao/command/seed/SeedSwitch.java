package org.peipao.command.seed;

import org.peipao.seeds.ArticleSeed;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** A seed switch naming no known data set stops the start, rather than loading nothing without a word. */
@Component
@ConditionalOnProperty(name = "peipao.seed")
class SeedSwitch implements InitializingBean {

    private final String seed;

    SeedSwitch(@Value("${peipao.seed}") String seed) {
        this.seed = seed;
    }

    @Override
    public void afterPropertiesSet() {
        if (!seed.isBlank() && !ArticleSeed.NAME.equals(seed)) {
            throw new IllegalStateException("peipao.seed=" + seed + " names no data set; the one there is: "
                    + ArticleSeed.NAME);
        }
    }
}
