package org.peipao.command.imports;

import org.peipao.api.IndustryDomain;
import org.peipao.api.project.AssignCompanionCommand;
import org.peipao.api.project.AssignmentRole;
import org.peipao.api.project.RegisterProjectCommand;
import org.peipao.command.lookup.CommandLookups;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A project row becomes a {@link RegisterProjectCommand}, then an {@link AssignCompanionCommand} for each companion of
 * its {@code companions} cell that does not accompany the project yet. The cell lists {@code companionId:ROLE} pairs,
 * optionally with the date the assignment starts ({@code li-wei:LEAD:2025-03-01}), separated by {@code ;} or
 * {@code 、}. An assignment already in place is left as it is (its role is not compared).
 */
@Component
class ProjectRows implements RowPlanner {

    private static final Set<String> ASSIGNMENT_PROPERTIES = Set.of("companionId", "role", "since");

    private final CommandLookups lookups;

    ProjectRows(CommandLookups lookups) {
        this.lookups = lookups;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.PROJECTS;
    }

    @Override
    public RowPlan plan(Sheet.Row row, SheetHeaders headers) {
        Cells cells = new Cells();
        String id = Cells.text(headers.cell(row, "id"));
        RegisterProjectCommand register = new RegisterProjectCommand(id,
                Cells.text(headers.cell(row, "title")),
                cells.enumeration("domain", headers.cell(row, "domain"), IndustryDomain.class),
                Cells.text(headers.cell(row, "source")),
                Cells.text(headers.cell(row, "origin")),
                Cells.text(headers.cell(row, "teamLead")),
                Cells.text(headers.cell(row, "summary")));
        List<AssignCompanionCommand> assignments = assignments(id, headers.cell(row, "companions"), cells);
        if (!cells.problems().isEmpty()) {
            return RowPlan.invalid(row.number(), id, cells.problems());
        }
        Set<String> companions = assignments.stream().map(AssignCompanionCommand::companionId)
                .collect(Collectors.toSet());
        return new RowPlan(row.number(), id, register, List.of(), answer -> {
            if (!answer.accepted()) {
                return RowPlan.Next.refused(answer.refused().problems());
            }
            List<Object> missing = new ArrayList<>();
            for (AssignCompanionCommand assignment : assignments) {
                if (!answer.existed() || !lookups.isAssigned(id, assignment.companionId())) {
                    missing.add(assignment);
                }
            }
            RowResult.Outcome outcome = !answer.existed() ? RowResult.Outcome.CREATED
                    : missing.isEmpty() ? RowResult.Outcome.UNCHANGED : RowResult.Outcome.UPDATED;
            return RowPlan.Next.send(missing, outcome, "companions");
        }, companions);
    }

    private static List<AssignCompanionCommand> assignments(String projectId, String cell, Cells cells) {
        Map<String, AssignCompanionCommand> byCompanion = new LinkedHashMap<>();
        for (String item : Cells.items(cell)) {
            String[] parts = item.split("[:：]", -1);
            if (parts.length < 2 || parts.length > 3) {
                cells.refuse("companions", "'" + item + "' must be companionId:ROLE (LEAD or SUPPORTING),"
                        + " optionally followed by :YYYY-MM-DD");
                continue;
            }
            String companionId = parts[0].strip();
            AssignmentRole role = cells.enumeration("companions", parts[1], AssignmentRole.class);
            LocalDate since = parts.length == 3 ? cells.date("companions", parts[2]) : null;
            byCompanion.putIfAbsent(companionId, new AssignCompanionCommand(projectId, companionId, role, since));
        }
        return List.copyOf(byCompanion.values());
    }

    @Override
    public String column(String property) {
        if ("projectId".equals(property)) {
            return "id";
        }
        return ASSIGNMENT_PROPERTIES.contains(property) ? "companions" : property;
    }
}
