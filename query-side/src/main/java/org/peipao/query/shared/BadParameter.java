package org.peipao.query.shared;

/** A read's parameter that the web layer's type checks let through but that makes no sense (e.g. from after to). */
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
