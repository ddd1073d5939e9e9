package org.peipao.command.imports;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code peipao.imports.*}: the limits of a spreadsheet import.
 *
 * @param maxSize        the largest file taken (bytes; larger ones are refused with {@code 413})
 * @param maxRows        the most data rows a file may have
 * @param rehearsalChunk rows handled per block: a dry run rehearses a block at a time (other writes wait while one
 *                       runs), after the earlier rows the block depends on
 */
@Validated
@ConfigurationProperties("peipao.imports")
public record ImportProperties(@DefaultValue("10MB") DataSize maxSize,
                               @DefaultValue("50000") @Min(1) int maxRows,
                               @DefaultValue("500") @Min(1) int rehearsalChunk) {
}
