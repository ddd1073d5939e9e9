package org.peipao.api.project;

import org.peipao.api.IndustryDomain;

import java.math.BigDecimal;

public record ProjectSummary(String id,
                             String title,
                             IndustryDomain domain,
                             String source,
                             String origin,
                             String teamLead,
                             ProjectStage stage,
                             int activeCompanions,
                             int verifiedMilestones,
                             int landings,
                             BigDecimal signedAmountCny,
                             long version) {
}
