package org.peipao.query.project;

import org.peipao.query.shared.Recorded;
import org.peipao.query.shared.TrackedDocuments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The changes one event makes to a project's pages, gathered so that each page it touches is changed and stamped
 * once: the first page is in the project's document, the others ({@link ProjectPageDocument}) remember the last event
 * they applied and skip an event they have seen. The project's document says where each milestone and line goes, and
 * moves with the changes.
 */
final class PageEdits {

    private final ProjectDocument project;
    private final Map<Integer, List<Consumer<ProjectDocument.Page>>> changes = new TreeMap<>();

    PageEdits(ProjectDocument project) {
        this.project = project;
    }

    /** Adds {@code milestone} after the project's last. */
    PageEdits add(ProjectDocument.Milestone milestone) {
        int place = project.milestoneIds.size();
        project.milestoneIds.add(milestone.id);
        return on(place, page -> page.milestones.add(milestone));
    }

    /**
     * Changes the project's milestone {@code milestoneId}; a milestone of the earlier layout is changed where that
     * layout holds it, in the project's document. A milestone the project does not name is left (none is: the
     * aggregate refuses to verify or reject an unknown milestone).
     *
     * @return whether the milestone is one of the pages' (not of the earlier layout, not unknown)
     */
    boolean change(String milestoneId, Consumer<ProjectDocument.Milestone> change) {
        int place = project.milestoneIds.indexOf(milestoneId);
        if (place < 0) {
            if (project.milestones != null) {
                project.milestones.stream().filter(m -> m.id.equals(milestoneId)).forEach(change);
            }
            return false;
        }
        on(place, page -> page.milestones.stream().filter(m -> m.id.equals(milestoneId)).forEach(change));
        return true;
    }

    /** Adds {@code entry} as the next line of the project's timeline. */
    PageEdits line(ProjectDocument.TimelineEntry entry) {
        int place = project.timelineLength++;
        return on(place, page -> page.timeline.add(entry));
    }

    /**
     * Applies the gathered changes: to the first page in the project's document, to the others each once, as the event
     * at {@code recorded} (made if new).
     */
    void apply(TrackedDocuments<ProjectPageDocument> pages, Recorded recorded) {
        changes.forEach((number, edits) -> {
            if (number == 0) {
                edits.forEach(edit -> edit.accept(project.firstPage));
                return;
            }
            pages.updateOrCreate(ProjectPageDocument.idOf(project.id, number), recorded, () -> {
                ProjectPageDocument page = new ProjectPageDocument();
                page.projectId = project.id;
                page.page = number;
                return page;
            }, page -> edits.forEach(edit -> edit.accept(page.content)));
        });
    }

    private PageEdits on(int place, Consumer<ProjectDocument.Page> edit) {
        changes.computeIfAbsent(place / ProjectPageDocument.SIZE, number -> new ArrayList<>()).add(edit);
        return this;
    }
}
