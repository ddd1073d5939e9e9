package org.peipao.ops.security;

import org.peipao.ops.support.Api;
import org.peipao.ops.support.ServerTest;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;

/**
 * The access matrix in the default mode, HTTP Basic over the configured users. Metrics export is switched on
 * (tests switch it off by default), so that the Prometheus endpoint exists.
 */
@ServerTest
@AutoConfigureObservability(tracing = false)
class AccessMatrixIntegrationTests extends AccessMatrix {

    @Override
    Api as(Who who) {
        return who.api(port);
    }

    @Override
    String challengeScheme() {
        return "Basic";
    }
}
