package org.peipao.command.imports;

/** Turns the rows of one kind into the commands the API would send for them. */
interface RowPlanner {

    ImportKind kind();

    /** The commands {@code row} becomes, or its refusal when its cells cannot make one. */
    RowPlan plan(Sheet.Row row, SheetHeaders headers);

    /** The column a command's property comes from (its id property is the {@code id} column). */
    String column(String property);
}
