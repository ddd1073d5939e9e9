package org.peipao.command.imports;

import org.peipao.api.IndustryDomain;
import org.peipao.api.companion.CompanionKind;
import org.peipao.api.companion.RegisterCompanionCommand;
import org.peipao.api.companion.UpdateCompanionProfileCommand;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A companion row becomes a {@link RegisterCompanionCommand}. When its id is a companion registered with other
 * details, the row becomes an {@link UpdateCompanionProfileCommand} instead ({@code updated}), or nothing when the
 * profile already reads as the row does ({@code unchanged}); a different kind cannot be changed by a profile update
 * and is refused.
 */
@Component
class CompanionRows implements RowPlanner {

    private final StoredCompanions stored;

    CompanionRows(StoredCompanions stored) {
        this.stored = stored;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.COMPANIONS;
    }

    @Override
    public RowPlan plan(Sheet.Row row, SheetHeaders headers) {
        Cells cells = new Cells();
        String id = Cells.text(headers.cell(row, "id"));
        RegisterCompanionCommand register = new RegisterCompanionCommand(id,
                Cells.text(headers.cell(row, "name")),
                cells.enumeration("kind", headers.cell(row, "kind"), CompanionKind.class),
                Cells.text(headers.cell(row, "organisation")),
                cells.enumerations("domains", headers.cell(row, "domains"), IndustryDomain.class),
                Cells.text(headers.cell(row, "email")),
                cells.integer("capacity", headers.cell(row, "capacity")));
        if (!cells.problems().isEmpty()) {
            return RowPlan.invalid(row.number(), id, cells.problems());
        }
        return RowPlan.of(row.number(), id, register, answer -> next(register, answer));
    }

    private RowPlan.Next next(RegisterCompanionCommand register, RowPlan.Answer answer) {
        if (answer.accepted()) {
            return RowPlan.Next.settled(answer.existed() ? RowResult.Outcome.UNCHANGED : RowResult.Outcome.CREATED);
        }
        if (!answer.existed() || !"id-already-used".equals(answer.refused().type())) {
            return RowPlan.Next.refused(answer.refused().problems());
        }
        StoredCompanions.Profile wanted = StoredCompanions.Profile.of(register);
        return stored.profile(register.companionId()).map(current -> {
            if (current.kind() != wanted.kind()) {
                return RowPlan.Next.refused(List.of(new RowResult.Problem("kind", 409, "id-already-used",
                        "companion " + register.companionId() + " is registered as " + current.kind()
                                + "; a profile update does not change the kind")));
            }
            if (current.equals(wanted)) {
                return RowPlan.Next.settled(RowResult.Outcome.UNCHANGED);
            }
            return RowPlan.Next.send(List.of(new UpdateCompanionProfileCommand(register.companionId(),
                    register.name(), register.organisation(), register.domains(), register.email(),
                    register.capacity())), RowResult.Outcome.UPDATED, null);
        }).orElseGet(() -> RowPlan.Next.refused(answer.refused().problems()));
    }

    @Override
    public String column(String property) {
        return "companionId".equals(property) ? "id" : property;
    }
}
