package org.peipao.command.project;

import org.peipao.api.project.ProjectRegisteredEvent;
import org.peipao.api.project.RegisterProjectCommand;

import static org.peipao.command.shared.RuleViolation.require;
import static org.peipao.command.shared.Texts.optionalText;
import static org.peipao.command.shared.Texts.requireLabel;
import static org.peipao.command.shared.Texts.requireText;
import static org.peipao.command.shared.Texts.strip;
import static org.peipao.command.shared.Texts.stripToNull;

/** The rules on a project's registration, and its normal form. */
final class ProjectRegistration {

    private ProjectRegistration() {
    }

    static ProjectRegisteredEvent of(RegisterProjectCommand command) {
        requireText(command.title(), 300, "title");
        require(command.domain() != null, "domain-required", "domain is required");
        requireText(command.source(), 200, "source");
        requireLabel(command.source(), "source");
        requireText(command.origin(), 200, "origin");
        requireText(command.teamLead(), 200, "teamLead");
        optionalText(command.summary(), 4000, "summary");
        return new ProjectRegisteredEvent(command.projectId(), strip(command.title()), command.domain(),
                strip(command.source()), strip(command.origin()), strip(command.teamLead()),
                stripToNull(command.summary()));
    }
}
