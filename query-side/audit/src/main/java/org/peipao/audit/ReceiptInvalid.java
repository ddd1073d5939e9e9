package org.peipao.audit;

/**
 * A receipt that this server did not sign, or that was changed since: not a compact JWS, signed with another key or
 * another algorithm, a signature that does not match, or claims that are not a receipt's. Answered as a {@code 400}
 * problem of type {@code receipt-invalid}.
 */
public class ReceiptInvalid extends RuntimeException {

    ReceiptInvalid(String detail) {
        super(detail, null, false, false);
    }
}
