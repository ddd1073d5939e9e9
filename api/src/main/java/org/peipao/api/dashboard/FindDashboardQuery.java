package org.peipao.api.dashboard;

import org.peipao.api.IndustryDomain;
import org.peipao.api.companion.CompanionKind;

import java.time.LocalDate;

/**
 * The KPI set under optional filters ({@code null}: no filter). {@code from}/{@code to} select what happened
 * in that period by its business date (assignment since, milestone occurredOn, landing signedOn, challenge
 * solvedOn); standing figures (companions and projects by status or stage) are as of {@code to}. Answers a
 * {@link DashboardView}.
 */
public record FindDashboardQuery(LocalDate from,
                                 LocalDate to,
                                 IndustryDomain domain,
                                 String district,
                                 CompanionKind kind,
                                 String source) {
}
