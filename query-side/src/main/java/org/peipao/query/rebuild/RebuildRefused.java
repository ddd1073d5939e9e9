package org.peipao.query.rebuild;

/** A rebuild that cannot start; {@code reason} is the stable, kebab-case name clients see as the problem type. */
public class RebuildRefused extends RuntimeException {

    private final String reason;

    private RebuildRefused(String reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    public static RebuildRefused notAReadModel(String processor) {
        return new RebuildRefused("processor-not-replayable",
                processor + " does not build read models; replaying it would act on past events again");
    }

    static RebuildRefused busy(String processor) {
        return new RebuildRefused("processor-busy",
                "another process holds " + processor + "; replay it there, or retry once its claim has expired");
    }

    public String reason() {
        return reason;
    }
}
