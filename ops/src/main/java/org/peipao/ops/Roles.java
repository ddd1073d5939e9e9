package org.peipao.ops;

import org.peipao.command.CommandSideConfiguration;
import org.peipao.query.QuerySideConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Which side(s) this process runs: {@code peipao.role} = all (default), command or query. */
final class Roles {

    static final String WRITES = "!'${peipao.role:all}'.equalsIgnoreCase('query')";
    static final String READS = "!'${peipao.role:all}'.equalsIgnoreCase('command')";

    private Roles() {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression(WRITES)
    @Import(CommandSideConfiguration.class)
    static class CommandRole {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression(READS)
    @Import(QuerySideConfiguration.class)
    static class QueryRole {
    }
}
