package org.peipao.query.shared;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Sends a query and waits for its typed answer; an absent single result is a {@link NotFound}. */
@Component
public class QuerySender {

    private final QueryGateway queries;

    QuerySender(QueryGateway queries) {
        this.queries = queries;
    }

    public <T> T one(Object query, Class<T> type, String what) {
        Optional<T> answer = queries.query(query, ResponseTypes.optionalInstanceOf(type)).join();
        return answer.orElseThrow(() -> new NotFound(what + " is not known (yet)"));
    }

    public <T> T all(Object query, Class<T> type) {
        return queries.query(query, ResponseTypes.instanceOf(type)).join();
    }
}
