package org.peipao.query.verification;

import org.peipao.query.shared.TrackedDocument;

/** The queue's own record of each project's title, so that it names projects without another read model. */
public class QueuedProjectDocument extends TrackedDocument {

    public static final String COLLECTION = "verification_queue_projects";

    public String title;
}
