package org.peipao.command.shared;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;

import java.util.List;

/**
 * Runs commands as they would run, in order, each one seeing what the ones before it did, and keeps nothing: no
 * event is stored and no read model changes. The answers are the ones the commands would get (their results, or the
 * same refusals). Meant for dry runs, such as a spreadsheet import's; other writes wait while a rehearsal runs.
 */
public interface CommandRehearsal {

    /** The answer each command would get, in the order given. */
    List<CommandResultMessage<?>> rehearse(List<? extends CommandMessage<?>> commands);
}
