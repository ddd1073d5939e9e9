package org.peipao.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code peipao.audit.*}: how verification jobs report that they are alive, where the receipts' signing key is, and
 * how many as-of answers run at once.
 *
 * @param heartbeatInterval how often a running verification writes its progress and heartbeat (default 1 s)
 * @param staleAfter        a {@code RUNNING} verification whose heartbeat is older than this is {@code FAILED}: its
 *                          process stopped (default 15 s; keep it well above {@code heartbeat-interval})
 * @param receiptKeyFile    the receipts' EC P-256 signing key, a JWK with its private part; created at the first start
 *                          when missing. Default: {@code ${peipao.data-dir}/audit/receipt-key.jwk}
 * @param asOfConcurrency   as-of answers (states and KPIs as of a past instant) run at once, at least 1 (default 2;
 *                          {@link AsOfPermits})
 * @param asOfWait          how long a request for an as-of answer waits for one to end when all are busy, before a
 *                          {@code 503} (default 10 s)
 */
@ConfigurationProperties("peipao.audit")
public record AuditProperties(@DefaultValue("1s") Duration heartbeatInterval,
                              @DefaultValue("15s") Duration staleAfter,
                              Path receiptKeyFile,
                              @DefaultValue("2") int asOfConcurrency,
                              @DefaultValue("10s") Duration asOfWait) {
}
