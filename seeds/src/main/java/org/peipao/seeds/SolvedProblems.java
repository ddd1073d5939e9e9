package org.peipao.seeds;

import org.peipao.api.IndustryDomain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a source's solved problems: exactly {@code problems} of them, for exactly {@code enterprises}
 * distinct enterprises, solved by the given projects (each solves at least one when there are enough
 * problems), in the order they were solved. An enterprise that posts again mostly stays in its own trade.
 */
final class SolvedProblems {

    record Solver(String projectId, IndustryDomain domain) {
    }

    private record Problem(Solver solver, LocalDate solvedOn) {
    }

    private record Poster(Enterprises.Enterprise enterprise, IndustryDomain domain) {
    }

    private SolvedProblems() {
    }

    static void write(SeedContext seed, String idPrefix, List<Solver> solvers, int problems, int enterprises,
                      LocalDate latest) {
        List<Problem> all = new ArrayList<>();
        for (int i = 0; i < problems; i++) {
            Solver solver = i < solvers.size() ? solvers.get(i) : seed.pick(solvers);
            all.add(new Problem(solver, Dates.after(seed.random, seed.history.accompaniedSince(solver.projectId()),
                    14, 180, latest)));
        }
        all.sort(Comparator.comparing(Problem::solvedOn));

        // Which problems come from an enterprise not seen before: the first one, and enterprises - 1 others.
        List<Integer> later = new ArrayList<>();
        for (int i = 1; i < problems; i++) {
            later.add(i);
        }
        Collections.shuffle(later, seed.random);
        Set<Integer> firstOfTheirEnterprise = new HashSet<>(later.subList(0, enterprises - 1));
        firstOfTheirEnterprise.add(0);

        List<Poster> posters = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Problem problem = all.get(i);
            IndustryDomain domain = problem.solver().domain();
            Poster poster;
            if (firstOfTheirEnterprise.contains(i)) {
                poster = new Poster(seed.enterprises.next(domain), domain);
                posters.add(poster);
            } else {
                List<Poster> sameTrade = posters.stream().filter(p -> p.domain() == domain).toList();
                poster = seed.pick(sameTrade.isEmpty() || seed.random.nextInt(10) == 0 ? posters : sameTrade);
            }
            seed.history.solve(String.format("%s-%03d", idPrefix, i + 1), poster.enterprise(), domain,
                    seed.titles.problem(domain), problem.solver().projectId(), problem.solvedOn());
        }
    }
}
