package org.peipao.query.verification;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.peipao.api.project.FindPendingMilestonesQuery;
import org.peipao.api.project.MilestoneStatus;
import org.peipao.api.project.PendingMilestonePage;
import org.peipao.query.shared.BadParameter;
import org.peipao.query.shared.ListParameters;
import org.peipao.query.shared.QuerySender;
import org.peipao.query.shared.ReadsFrom;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The verification queue: {@code GET /api/v1/milestones?status=LOGGED}, for administrators and auditors. */
@RestController
@ReadsFrom(VerificationQueueProjection.PROCESSING_GROUP)
@RequestMapping("/api/v1/milestones")
class VerificationQueueController {

    private final QuerySender queries;

    VerificationQueueController(QuerySender queries) {
        this.queries = queries;
    }

    /** Milestones waiting for verification, the longest waiting first; only {@code LOGGED} ones are listed. */
    @GetMapping
    PendingMilestonePage pending(@RequestParam(defaultValue = "LOGGED") MilestoneStatus status,
                                 @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                 @RequestParam(defaultValue = ListParameters.DEFAULT_SIZE) @Min(1)
                                 @Max(ListParameters.MAX_SIZE) int size) {
        if (status != MilestoneStatus.LOGGED) {
            throw new BadParameter("status", "the queue lists LOGGED milestones; a project's page shows the others");
        }
        return queries.all(new FindPendingMilestonesQuery(page, size), PendingMilestonePage.class);
    }
}
