package org.peipao.query.shared;

import org.peipao.query.dashboard.DashboardDocuments;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Dates are stored as ISO strings (so they never shift with the server's time zone, and sort and compare
 * as text) and amounts as plain decimal strings (exact, whatever the MongoDB server supports). The documents the
 * dashboard writes for every event are mapped by hand ({@link DashboardDocuments}), in the form the reflective mapping
 * gives.
 */
public final class MongoConversions {

    private MongoConversions() {
    }

    public static MongoCustomConversions create() {
        List<Object> converters = new ArrayList<>(List.of(new DateWriter(), new DateReader(), new AmountWriter(),
                new AmountReader()));
        converters.addAll(DashboardDocuments.converters());
        return new MongoCustomConversions(converters);
    }

    @WritingConverter
    static final class DateWriter implements Converter<LocalDate, String> {
        @Override
        public String convert(LocalDate date) {
            return date.toString();
        }
    }

    @ReadingConverter
    static final class DateReader implements Converter<String, LocalDate> {
        @Override
        public LocalDate convert(String text) {
            return LocalDate.parse(text);
        }
    }

    @WritingConverter
    static final class AmountWriter implements Converter<BigDecimal, String> {
        @Override
        public String convert(BigDecimal amount) {
            return amount.toPlainString();
        }
    }

    @ReadingConverter
    static final class AmountReader implements Converter<String, BigDecimal> {
        @Override
        public BigDecimal convert(String text) {
            return new BigDecimal(text);
        }
    }
}
