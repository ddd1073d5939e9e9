package org.peipao.ops.web;

import io.swagger.v3.oas.models.responses.ApiResponses;
import org.peipao.audit.AnswersAsOf;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The as-of answers' limit in the OpenAPI document: every endpoint marked {@link AnswersAsOf} names the {@code 503}
 * problem {@code as-of-busy} with {@code Retry-After} it gets when {@code peipao.audit.as-of-concurrency} answers
 * stay busy for {@code peipao.audit.as-of-wait} (README, Audit).
 */
@Configuration(proxyBeanMethods = false)
class AsOfDocumentation {

    @Bean
    OperationCustomizer asOfBusyResponse() {
        return (operation, handler) -> {
            if (handler.hasMethodAnnotation(AnswersAsOf.class)) {
                if (operation.getResponses() == null) {
                    operation.setResponses(new ApiResponses());
                }
                operation.getResponses().addApiResponse("503", ReadYourWritesDocumentation.retryLater(
                        "every as-of answer the server runs at once stayed busy for the wait (problem type "
                                + "`as-of-busy`)"));
            }
            return operation;
        };
    }
}
