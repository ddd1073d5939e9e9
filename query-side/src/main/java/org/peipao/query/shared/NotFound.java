package org.peipao.query.shared;

/** A read of something no read model holds (yet). */
public class NotFound extends RuntimeException {

    public NotFound(String detail) {
        super(detail, null, false, false);
    }
}
