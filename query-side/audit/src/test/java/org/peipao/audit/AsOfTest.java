package org.peipao.audit;

import org.junit.jupiter.api.Test;
import org.peipao.query.shared.BadParameter;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An audit's point in time, at 01:00 in Chongqing on 2 June 2025, which is still 1 June in UTC. A date is the office's
 * day (issue 11, "A date means two different days"): 1 June ended at 16:00 UTC.
 */
class AsOfTest {

    private static final Instant NOW = Instant.parse("2025-06-01T17:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));

    @Test
    void aDateIsTheEndOfThatDayInTheOfficeAndNothingIsNow() {
        assertThat(AsOf.parse("2025-05-31", clock)).isEqualTo(Instant.parse("2025-05-31T15:59:59.999999999Z"));
        assertThat(AsOf.parse("2025-05-31T08:00:00Z", clock)).isEqualTo(Instant.parse("2025-05-31T08:00:00Z"));
        assertThat(AsOf.parse(null, clock)).isEqualTo(NOW);
    }

    @Test
    void theKpisAsOfTheOfficesTodayAreTheKpisOfNowAndOfAnEarlierDayAsItEnded() {
        assertThat(AsOf.pastOrNow("2025-06-02", clock)).as("the office's today").isEqualTo(NOW);
        assertThat(AsOf.pastOrNow("2025-06-01", clock)).as("the office's yesterday, still today in UTC")
                .isEqualTo(Instant.parse("2025-06-01T15:59:59.999999999Z"));
        assertThat(AsOf.pastOrNow("2025-05-31", clock)).isEqualTo(Instant.parse("2025-05-31T15:59:59.999999999Z"));
    }

    @Test
    void theKpisCannotBeAskedOfTheFuture() {
        assertThatThrownBy(() -> AsOf.pastOrNow("2025-06-03", clock)).isInstanceOf(BadParameter.class)
                .hasMessage("must not be in the future");
        assertThatThrownBy(() -> AsOf.pastOrNow("2025-06-01T17:00:01Z", clock)).isInstanceOf(BadParameter.class);
        assertThatThrownBy(() -> AsOf.pastOrNow("yesterday", clock)).isInstanceOf(BadParameter.class);
    }
}
