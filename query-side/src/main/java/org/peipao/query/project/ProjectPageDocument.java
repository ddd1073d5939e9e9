package org.peipao.query.project;

import org.peipao.query.shared.TrackedDocument;

/**
 * A page of a project's history after its first (which its document holds): milestones {@code SIZE × page} up to the
 * next page's, and the timeline's lines of the same numbers. A project's page ({@code GET /projects/{id}}) reads its
 * document and, past {@value #SIZE} milestones or lines, its pages: a few documents however long its history; an event
 * rewrites at most two pages of bounded size besides the project's document. {@code _id} is the project's id and the
 * page's number ({@link #idOf}).
 */
public class ProjectPageDocument extends TrackedDocument {

    public static final String COLLECTION = "project_pages";
    /** Milestones, and lines of the timeline, per page. */
    public static final int SIZE = 50;

    public String projectId;
    /** Its number, from 1 (page 0 is the project's {@link ProjectDocument#firstPage}). */
    public int page;
    public ProjectDocument.Page content = new ProjectDocument.Page();

    /** The id of page {@code page} (from 1) of the project; ids never contain a slash ({@link org.peipao.api.Ids}). */
    public static String idOf(String projectId, int page) {
        return projectId + "/" + page;
    }

    /**
     * The number of pages, the first included, a project with {@code milestones} milestones and {@code lines} timeline
     * lines fills.
     */
    static int pagesFor(int milestones, int lines) {
        return (Math.max(milestones, lines) + SIZE - 1) / SIZE;
    }
}
