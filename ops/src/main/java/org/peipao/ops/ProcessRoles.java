package org.peipao.ops;

import org.peipao.audit.AuditConfiguration;
import org.peipao.audit.chain.EventChainConfiguration;
import org.peipao.command.CommandSideConfiguration;
import org.peipao.ops.PeipaoProperties.Role;
import org.peipao.query.QuerySideConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Which side(s) this process runs, as {@code peipao.role} says: {@code all} (the default), {@code command} (writes)
 * or {@code query} (reads). The one place that reads the role and says what each role runs.
 */
public final class ProcessRoles {

    private ProcessRoles() {
    }

    /** The role of the process whose environment this is. */
    public static Role of(Environment environment) {
        return Binder.get(environment).bind("peipao.role", Role.class).orElse(Role.ALL);
    }

    /** Only in a process that stores events: the {@code all} and {@code command} roles. */
    @Documented
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Conditional(WritesCondition.class)
    public @interface ConditionalOnWrites {
    }

    /** Only in a process that keeps read models: the {@code all} and {@code query} roles. */
    @Documented
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Conditional(ReadsCondition.class)
    public @interface ConditionalOnReads {
    }

    /** The write side, and the audit's chain, which links each event as it is stored. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWrites
    @Import({CommandSideConfiguration.class, EventChainConfiguration.class})
    static class Writes {
    }

    /** The read side, and the audit, which reads the events and the read models. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnReads
    @Import({QuerySideConfiguration.class, AuditConfiguration.class})
    static class Reads {
    }

    static final class WritesCondition extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Role role = of(context.getEnvironment());
            return new ConditionOutcome(role.writes(), "peipao.role is " + role);
        }
    }

    static final class ReadsCondition extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Role role = of(context.getEnvironment());
            return new ConditionOutcome(role.reads(), "peipao.role is " + role);
        }
    }
}
