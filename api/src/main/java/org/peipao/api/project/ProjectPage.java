package org.peipao.api.project;

import java.util.List;

public record ProjectPage(List<ProjectSummary> items, int page, int size, long total) {
}
