package org.peipao.audit;

import org.bson.Document;

import java.util.Iterator;

/** Orders read-model document ids for a merge, and notices when a store's order is not that order. */
final class DocumentIds {

    private DocumentIds() {
    }

    /** The ids met are of types, or in an order, that {@link #compare} does not follow. */
    static final class Unordered extends RuntimeException {
        Unordered() {
            super("document ids out of order", null, false, false);
        }
    }

    /**
     * Strings by code point (the order of their UTF-8 bytes, as MongoDB sorts them), numbers by value, other ids of
     * one comparable type by their natural order; anything else is {@link Unordered}.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            return byCodePoint(x, y);
        }
        if (a instanceof Number x && b instanceof Number y && !(a instanceof Double) && !(b instanceof Double)) {
            return Long.compare(x.longValue(), y.longValue());
        }
        if (a != null && b != null && a.getClass() == b.getClass() && a instanceof Comparable comparable) {
            return comparable.compareTo(b);
        }
        throw new Unordered();
    }

    private static int byCodePoint(String x, String y) {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int cx = x.codePointAt(i);
            int cy = y.codePointAt(j);
            if (cx != cy) {
                return Integer.compare(cx, cy);
            }
            i += Character.charCount(cx);
            j += Character.charCount(cy);
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }

    /** Documents of a stream said to be sorted by {@code _id}, each checked to come after the one before. */
    static final class Sorted {
        private final Iterator<Document> documents;
        private Object last;

        Sorted(Iterator<Document> documents) {
            this.documents = documents;
        }

        /** The next document, or {@code null} after the last. */
        Document next() {
            if (!documents.hasNext()) {
                return null;
            }
            Document document = documents.next();
            Object id = document.get("_id");
            if (last != null && compare(last, id) >= 0) {
                throw new Unordered();
            }
            last = id;
            return document;
        }
    }
}
