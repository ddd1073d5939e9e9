package org.peipao.query.dashboard;

import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/**
 * An enterprise served in one cube cell: made by the first solved challenge of the enterprise counted in the cell,
 * and never changed after, so that each enterprise adds one to the cell's distinct count once.
 */
public class EnterpriseServed {

    public static final String COLLECTION = "dashboard_enterprises";

    @MongoId(FieldType.STRING)
    public String id;
    /** The global position of the event that first served the enterprise in the cell. */
    public long lastEventIndex = -1;

    static String idOf(CubeCell cell, String enterprise) {
        return cell.key() + "|" + enterprise;
    }
}
