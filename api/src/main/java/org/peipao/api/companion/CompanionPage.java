package org.peipao.api.companion;

import java.util.List;

public record CompanionPage(List<CompanionSummary> items, int page, int size, long total) {
}
