package org.peipao.query.shared;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/** One page of a filtered collection, and the total of the filter. */
public final class Paging {

    private Paging() {
    }

    public record Page<T>(List<T> items, long total) {
    }

    public static <D, T> Page<T> page(MongoTemplate mongo, Class<D> type, String collection, List<Criteria> filters,
                                      Sort sort, int page, int size, Function<D, T> mapping) {
        Query query = filters.isEmpty() ? new Query() : new Query(new Criteria().andOperator(filters));
        long total = mongo.count(query, type, collection);
        query.with(sort).skip((long) page * size).limit(size);
        return new Page<>(mongo.find(query, type, collection).stream().map(mapping).toList(), total);
    }

    /** A case-insensitive match of a user's text anywhere in the field, with no regular-expression syntax. */
    public static Criteria contains(String field, String text) {
        return Criteria.where(field).regex(Pattern.quote(text), "i");
    }
}
