package org.peipao.command.project;

import org.peipao.api.project.ProjectRegisteredEvent;
import org.peipao.api.project.RegisterProjectCommand;
import org.peipao.api.text.Texts;

/** A project's registration in its normal form: texts tidied, the source a label. */
final class ProjectRegistration {

    private ProjectRegistration() {
    }

    static ProjectRegisteredEvent of(RegisterProjectCommand command) {
        return new ProjectRegisteredEvent(command.projectId(), Texts.tidy(command.title()), command.domain(),
                Texts.label(command.source()), Texts.tidy(command.origin()), Texts.tidy(command.teamLead()),
                Texts.tidyToNull(command.summary()));
    }
}
