package org.peipao.command.imports;

import org.peipao.api.IndustryDomain;
import org.peipao.api.challenge.PostChallengeCommand;
import org.springframework.stereotype.Component;

import java.util.List;

/** A challenge row becomes a {@link PostChallengeCommand}; posting the same challenge again stores nothing. */
@Component
class ChallengeRows implements RowPlanner {

    @Override
    public ImportKind kind() {
        return ImportKind.CHALLENGES;
    }

    @Override
    public RowPlan plan(Sheet.Row row, SheetHeaders headers) {
        Cells cells = new Cells();
        String id = Cells.text(headers.cell(row, "id"));
        PostChallengeCommand post = new PostChallengeCommand(id,
                Cells.text(headers.cell(row, "enterprise")),
                Cells.text(headers.cell(row, "enterpriseCode")),
                cells.enumeration("domain", headers.cell(row, "domain"), IndustryDomain.class),
                Cells.text(headers.cell(row, "title")),
                Cells.text(headers.cell(row, "description")));
        if (!cells.problems().isEmpty()) {
            return RowPlan.invalid(row.number(), id, cells.problems());
        }
        return RowPlan.of(row.number(), id, post, answer -> answer.accepted()
                ? RowPlan.Next.settled(answer.existed() ? RowResult.Outcome.UNCHANGED : RowResult.Outcome.CREATED)
                : RowPlan.Next.refused(answer.refused().problems()));
    }

    @Override
    public String column(String property) {
        return "challengeId".equals(property) ? "id" : property;
    }
}
