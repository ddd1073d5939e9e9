package org.peipao.ops.web;

import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.peipao.command.web.CommandSender;
import org.peipao.command.web.WriteResult;
import org.peipao.query.shared.ReadYourWrites;
import org.peipao.query.shared.ReadsFrom;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;

import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * The read-your-writes contract in the OpenAPI document (issue 11 §8): every write that answers a
 * {@link WriteResult} names its {@value CommandSender#POSITION_HEADER} header, and every read from a read model
 * ({@link ReadsFrom}) names the {@value ReadYourWrites#MIN_POSITION_HEADER} header it may send and the {@code 503}
 * with {@code Retry-After} it gets when the read model has not caught up within 5 s.
 */
@Configuration(proxyBeanMethods = false)
class ReadYourWritesDocumentation {

    @Bean
    OperationCustomizer readYourWritesHeaders() {
        return (operation, handler) -> {
            if (answersWriteResult(handler.getReturnType().getGenericParameterType())) {
                ApiResponses responses = operation.getResponses();
                if (responses != null) {
                    responses.forEach((status, response) -> {
                        if (status.startsWith("2")) {
                            response.addHeaderObject(CommandSender.POSITION_HEADER, new Header()
                                    .description("the global position of the write's last event, as in the body's "
                                            + "`position`; send it back as `" + ReadYourWrites.MIN_POSITION_HEADER
                                            + "` to read this write").schema(position()));
                        }
                    });
                }
            }
            if (handler.getBeanType().isAnnotationPresent(ReadsFrom.class)) {
                operation.addParametersItem(new HeaderParameter().name(ReadYourWrites.MIN_POSITION_HEADER)
                        .required(false).schema(position())
                        .description("answer only once the read model has handled this global position (a write's "
                                + "`" + CommandSender.POSITION_HEADER + "`); waits at most 5 s"));
                if (operation.getResponses() == null) {
                    operation.setResponses(new ApiResponses());
                }
                operation.getResponses().addApiResponse("503", retryLater("the read model has not reached `"
                        + ReadYourWrites.MIN_POSITION_HEADER + "` within 5 s (problem type `read-model-behind`)"));
            }
            return operation;
        };
    }

    /**
     * A {@code 503} problem (RFC 9457) with {@code Retry-After} in seconds: the request may succeed as it is, later
     * ({@code ModuleProblems.retryLater}); {@code why} says when it is answered and names the problem type.
     */
    static ApiResponse retryLater(String why) {
        return new ApiResponse().description(why + "; retry after the given seconds")
                .addHeaderObject(HttpHeaders.RETRY_AFTER, new Header().schema(new IntegerSchema())
                        .description("seconds to wait before retrying"))
                .content(new Content().addMediaType("application/problem+json", new MediaType()
                        .schema(new ObjectSchema().description("a problem detail (RFC 9457)"))));
    }

    private static boolean answersWriteResult(Type returned) {
        ResolvableType type = ResolvableType.forType(returned);
        ResolvableType body = type.getGeneric(0);
        return WriteResult.class.equals(type.resolve()) || WriteResult.class.equals(body.resolve());
    }

    private static Schema<?> position() {
        return new IntegerSchema().format("int64").minimum(BigDecimal.ZERO);
    }
}
