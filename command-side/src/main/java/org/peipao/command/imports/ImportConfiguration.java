package org.peipao.command.imports;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spreadsheet imports: their limits ({@link ImportProperties}), and reports written as CSV or XLSX
 * ({@link ImportReportFiles}, which Spring Boot adds to the server's message converters).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
class ImportConfiguration {

    @Bean
    ImportReportFiles importReportFiles() {
        return new ImportReportFiles();
    }
}
