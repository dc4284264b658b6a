package org.zhucun.unitduties;

/** A stationed cadre without a health check, or without a family visit, in the year. */
public record MissingCare(Long cadreId, String cadreName, Long unitId, String unitName, String villages) {
}
