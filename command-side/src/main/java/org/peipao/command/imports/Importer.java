package org.peipao.command.imports;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.peipao.api.Ids;
import org.peipao.command.lookup.CommandLookups;
import org.peipao.command.shared.CommandRehearsal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports a sheet: every row becomes the commands the API would send (its {@link RowPlanner}), sent through the
 * command bus as the importing user, in blocks of {@link ImportProperties#rehearsalChunk()} rows (each block's first
 * commands, then the commands their answers call for). A refused row does not stop the others. A dry run rehearses
 * each block ({@link CommandRehearsal}) after the earlier rows it depends on, so it answers as the real run would, and
 * stores nothing. Nothing here writes a read model.
 */
@Component
class Importer {

    private static final Logger log = LoggerFactory.getLogger(Importer.class);

    private final Map<ImportKind, RowPlanner> planners;
    private final CommandGateway gateway;
    private final ObjectProvider<CommandRehearsal> rehearsal;
    private final CommandLookups lookups;
    private final Validator validator;
    private final ImportProperties properties;

    Importer(List<RowPlanner> planners, CommandGateway gateway, ObjectProvider<CommandRehearsal> rehearsal,
             CommandLookups lookups, ValidatorFactory validators, ImportProperties properties) {
        this.planners = planners.stream().collect(Collectors.toMap(RowPlanner::kind, Function.identity()));
        this.gateway = gateway;
        this.rehearsal = rehearsal;
        this.lookups = lookups;
        this.validator = validators.getValidator();
        this.properties = properties;
    }

    /** Imports {@code sheet}, whose headers fit {@code kind}; {@code progress} follows it row by row. */
    ImportReport run(ImportKind kind, Sheet sheet, SheetHeaders headers, boolean dryRun, ImportProgress progress) {
        RowPlanner planner = planners.get(kind);
        CommandSends sends = dryRun ? CommandSends.rehearsed(rehearsal.getObject()) : CommandSends.live(gateway);
        List<RowPlan> plans = plan(planner, sheet, headers);
        List<RowResult> results = new ArrayList<>(plans.size());
        List<Sent> earlier = new ArrayList<>();
        long started = System.nanoTime();
        for (int from = 0; from < plans.size(); from += properties.rehearsalChunk()) {
            List<RowPlan> block = plans.subList(from, Math.min(plans.size(), from + properties.rehearsalChunk()));
            List<Object> before = dryRun ? dependencies(block, earlier) : List.of();
            for (Sent sent : new Block(planner, block, sends, before).run()) {
                results.add(sent.result());
                progress.settled(sent.result().outcome());
                earlier.add(sent);
            }
            log.info("Import of {}{}: {} of {} rows ({}%), {} rows/s", kind.path(), dryRun ? " (dry run)" : "",
                    progress.done(), plans.size(), plans.size() == 0 ? 100 : 100L * progress.done() / plans.size(),
                    perSecond(progress.done(), started));
        }
        progress.finish();
        return ImportReport.of(kind, dryRun, results);
    }

    /** The rows' plans; a row that repeats an earlier row's id is refused (a file lists each id once). */
    private List<RowPlan> plan(RowPlanner planner, Sheet sheet, SheetHeaders headers) {
        Map<String, Integer> firstRowOf = new HashMap<>();
        List<RowPlan> plans = new ArrayList<>(sheet.rows().size());
        for (Sheet.Row row : sheet.rows()) {
            RowPlan plan = planner.plan(row, headers);
            Integer first = plan.id() == null ? null : firstRowOf.putIfAbsent(plan.id(), row.number());
            plans.add(first == null ? plan : RowPlan.invalid(row.number(), plan.id(), List.of(RowResult.Problem
                    .invalid("id", "repeats the id of row " + first + "; a file lists each id once"))));
        }
        return plans;
    }

    /**
     * What a dry run's block must be rehearsed after: the commands of earlier rows that share an aggregate with the
     * block (a companion whose capacity they used). The real run has stored them; the block's rehearsal has not.
     */
    private static List<Object> dependencies(List<RowPlan> block, List<Sent> earlier) {
        Set<String> shared = new HashSet<>();
        block.forEach(plan -> shared.addAll(plan.shares()));
        if (shared.isEmpty()) {
            return List.of();
        }
        List<Object> before = new ArrayList<>();
        for (Sent sent : earlier) {
            if (!Collections.disjoint(sent.plan().shares(), shared)) {
                before.addAll(sent.accepted());
            }
        }
        return before;
    }

    private static long perSecond(int rows, long startedNanos) {
        long nanos = Math.max(1, System.nanoTime() - startedNanos);
        return rows * 1_000_000_000L / nanos;
    }

    /** A settled row, with the commands of it that were accepted. */
    private record Sent(RowPlan plan, RowResult result, List<Object> accepted) {
    }

    /** One block of rows: first commands, then the ones their answers call for. */
    private final class Block {
        private final RowPlanner planner;
        private final List<RowPlan> plans;
        private final CommandSends sends;
        private final List<Object> before;

        Block(RowPlanner planner, List<RowPlan> plans, CommandSends sends, List<Object> before) {
            this.planner = planner;
            this.plans = plans;
            this.sends = sends;
            this.before = before;
        }

        List<Sent> run() {
            List<RowPlan.Next> nexts = new ArrayList<>(plans.size());
            List<Object> firsts = new ArrayList<>();
            List<Integer> sentFirst = new ArrayList<>();
            List<RowPlan.Answer> answers = new ArrayList<>(Collections.nCopies(plans.size(), null));
            for (int i = 0; i < plans.size(); i++) {
                RowPlan plan = plans.get(i);
                if (plan.first() == null) {
                    continue;
                }
                Refusal invalid = validate(plan.first());
                boolean existed = isValidId(plan.id()) && lookups.aggregateKind(plan.id()).isPresent();
                if (invalid != null) {
                    answers.set(i, new RowPlan.Answer(existed, invalid));
                } else {
                    answers.set(i, new RowPlan.Answer(existed, null));
                    firsts.add(plan.first());
                    sentFirst.add(i);
                }
            }
            List<Throwable> failures = sends.send(before, firsts);
            for (int k = 0; k < sentFirst.size(); k++) {
                int i = sentFirst.get(k);
                if (failures.get(k) != null) {
                    answers.set(i, new RowPlan.Answer(answers.get(i).existed(),
                            Refusal.of(failures.get(k), planner::column, null)));
                }
            }
            for (int i = 0; i < plans.size(); i++) {
                RowPlan plan = plans.get(i);
                nexts.add(plan.first() == null ? RowPlan.Next.refused(plan.refusal()) : plan.next().apply(answers.get(i)));
            }
            return followUps(firsts, answers, nexts);
        }

        private List<Sent> followUps(List<Object> firsts, List<RowPlan.Answer> answers, List<RowPlan.Next> nexts) {
            List<Object> commands = new ArrayList<>();
            Map<Integer, List<Integer>> commandsOfRow = new HashMap<>();
            Map<Integer, List<RowResult.Problem>> problems = new HashMap<>();
            for (int i = 0; i < nexts.size(); i++) {
                for (Object command : nexts.get(i).commands()) {
                    Refusal invalid = validate(command);
                    if (invalid != null) {
                        problems.computeIfAbsent(i, row -> new ArrayList<>()).addAll(invalid.problems());
                    } else {
                        commandsOfRow.computeIfAbsent(i, row -> new ArrayList<>()).add(commands.size());
                        commands.add(command);
                    }
                }
            }
            List<Object> after = new ArrayList<>(before);
            after.addAll(firsts);
            List<Throwable> failures = commands.isEmpty() ? List.of() : sends.send(after, commands);
            List<Sent> sent = new ArrayList<>(plans.size());
            for (int i = 0; i < plans.size(); i++) {
                RowPlan plan = plans.get(i);
                RowPlan.Next next = nexts.get(i);
                List<Object> accepted = new ArrayList<>();
                if (answers.get(i) != null && answers.get(i).accepted()) {
                    accepted.add(plan.first());
                }
                List<RowResult.Problem> refused = new ArrayList<>(problems.getOrDefault(i, List.of()));
                for (int c : commandsOfRow.getOrDefault(i, List.of())) {
                    if (failures.get(c) == null) {
                        accepted.add(commands.get(c));
                    } else {
                        refused.addAll(Refusal.of(failures.get(c), planner::column, next.field()).problems());
                    }
                }
                RowResult result = next.settled() == RowResult.Outcome.REFUSED
                        ? RowResult.refused(plan.row(), plan.id(), next.problems())
                        : !refused.isEmpty() ? RowResult.refused(plan.row(), plan.id(), refused)
                        : RowResult.of(plan.row(), plan.id(), next.settled() != null ? next.settled() : next.outcome());
                sent.add(new Sent(plan, result, accepted));
            }
            return sent;
        }

        private Refusal validate(Object command) {
            Set<ConstraintViolation<Object>> violations = validator.validate(command);
            return violations.isEmpty() ? null : Refusal.invalid(violations, planner::column);
        }
    }

    private static boolean isValidId(String id) {
        return id != null && id.matches(Ids.PATTERN);
    }
}
