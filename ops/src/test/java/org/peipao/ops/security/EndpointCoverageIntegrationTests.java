package org.peipao.ops.security;

import org.junit.jupiter.api.Test;
import org.peipao.ops.support.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.web.servlet.WebMvcEndpointHandlerMapping;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access matrix ({@link Endpoints}) cannot miss an endpoint: every mapping the running server has under
 * {@code /api/**}, and every actuator endpoint it exposes, must be a row of the matrix (and every row an endpoint);
 * every list that exports CSV or XLSX must have a row per format.
 */
@ServerTest
@AutoConfigureObservability(tracing = false)
class EndpointCoverageIntegrationTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping controllers;
    @Autowired
    WebMvcEndpointHandlerMapping actuator;

    @Test
    void everyEndpointOfTheServerIsARowOfTheAccessMatrix() {
        Set<String> served = new TreeSet<>();
        controllers.getHandlerMethods().keySet().forEach(mapping -> served.addAll(endpoints(mapping, "/api/")));
        actuator.getHandlerMethods().keySet().forEach(mapping -> served.addAll(endpoints(mapping, "/actuator/")));
        served.remove("GET /actuator"); // the actuator's index of links, which names no data
        Set<String> inMatrix = Endpoints.ALL.stream().map(Endpoints.Endpoint::mapping)
                .filter(row -> !row.endsWith(" /v3/api-docs"))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(served).as("endpoints the server has: each must be a row of the access matrix")
                .containsExactlyInAnyOrderElementsOf(inMatrix);
    }

    @Test
    void everyExportOfAListIsARowOfTheAccessMatrixInEachFormat() {
        Set<String> served = new TreeSet<>();
        controllers.getHandlerMethods().keySet().forEach(mapping -> mapping.getProducesCondition()
                .getProducibleMediaTypes().stream().map(type -> type.getType() + "/" + type.getSubtype())
                .filter(Endpoints.EXPORT_TYPES::contains)
                .forEach(type -> endpoints(mapping, "/api/").stream()
                        // an import's template and report are files too, but of the imports (ADMIN only), not exports
                        .filter(endpoint -> !endpoint.contains(" /api/v1/imports/"))
                        .forEach(endpoint -> served.add(endpoint + " (Accept: " + type + ")"))));
        Set<String> inMatrix = Endpoints.ALL.stream().filter(row -> row.accept() != null)
                .map(Endpoints.Endpoint::toString).collect(Collectors.toCollection(TreeSet::new));

        assertThat(served).as("exports the server has: each must be a row of the access matrix, per format")
                .isNotEmpty().containsExactlyInAnyOrderElementsOf(inMatrix);
    }

    /** "GET /api/v1/projects/{id}" for each method and pattern of the mapping under {@code prefix}. */
    private static Set<String> endpoints(RequestMappingInfo mapping, String prefix) {
        Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
        return mapping.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith(prefix) || (pattern + "/").equals(prefix))
                .flatMap(pattern -> (methods.isEmpty() ? Set.of(RequestMethod.GET) : methods).stream()
                        .map(method -> method + " " + pattern))
                .collect(Collectors.toSet());
    }
}
