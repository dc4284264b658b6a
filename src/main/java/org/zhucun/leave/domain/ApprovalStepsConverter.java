package org.zhucun.leave.domain;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an approval chain as its step names joined by commas, e.g. {@code TEAM_LEADER,TOWN}. */
@Converter
class ApprovalStepsConverter implements AttributeConverter<List<ApprovalStep>, String> {

	@Override
	public String convertToDatabaseColumn(List<ApprovalStep> steps) {
		return steps == null ? null : steps.stream().map(Enum::name).collect(Collectors.joining(","));
	}

	@Override
	public List<ApprovalStep> convertToEntityAttribute(String text) {
		if (text == null || text.isBlank()) {
			return new java.util.ArrayList<>();
		}
		return new java.util.ArrayList<>(Arrays.stream(text.split(",")).map(ApprovalStep::valueOf).toList());
	}
}
