package org.peipao.api.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The KPI set of the dashboard, in the shape of the API contract. */
public record DashboardView(Instant asOf,
                            Filters filters,
                            Companions companions,
                            Projects projects,
                            Landings landings,
                            Challenges challenges,
                            Milestones milestones,
                            TimeToLanding timeToLanding,
                            List<Leader> leaderboard) {

    public record Filters(String from, String to, String domain, String district, String kind, String source) {
    }

    public record StatusCounts(long registered, long active, long suspended, long retired) {
    }

    public record Companions(long registered, long active, long suspended, long retired,
                             Map<String, StatusCounts> byKind) {
    }

    public record Projects(long registered, long incubating, long landed, long withdrawn,
                           Map<String, Long> byDomain, Map<String, Long> bySource) {
    }

    public record Signed(long count, BigDecimal signedAmountCny) {
    }

    public record Landings(long count, BigDecimal signedAmountCny, Map<String, Signed> byDistrict,
                           Map<String, Signed> byDomain, Map<String, Signed> byForm) {
    }

    public record Challenges(long total, long open, long matched, long solved, long closed, long enterprisesServed) {
    }

    public record Milestones(Map<String, Long> verifiedByType, long pendingVerification, long rejected,
                             BigDecimal financingClosedCny) {
    }

    /** Days from a project's first assignment to its first landing (nearest-rank percentiles). */
    public record TimeToLanding(long landedProjects, Long medianDays, Long p90Days) {
    }

    public record Leader(String companionId, String name, String kind, long landedProjects, long problemsSolved,
                         long verifiedMilestones) {
    }
}
