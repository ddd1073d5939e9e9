package org.peipao.ops.web;

/** A request parameter that passed its type checks but makes no sense; answered as a {@code 400} naming it. */
public class BadParameter extends RuntimeException {

    private final String parameter;

    public BadParameter(String parameter, String message) {
        super(message, null, false, false);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
