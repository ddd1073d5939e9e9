package org.peipao.ops;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Periodic work of the process itself (refreshing operations gauges). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OperationsConfiguration {
}
