package org.peipao.audit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * The read half of the audit: the audit endpoints, the tamper check of the hash chain, the global log as stored,
 * as-of states and KPIs, the check of the read models against the events, verification jobs and their signed
 * receipts. The runnable imports it for the {@code all} and {@code query} roles; the chain's writer
 * ({@link org.peipao.audit.chain.EventChainConfiguration}) runs where events are stored.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.peipao\\.audit\\.chain\\..*"))
public class AuditConfiguration {
}
