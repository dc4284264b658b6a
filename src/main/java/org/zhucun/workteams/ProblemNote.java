package org.zhucun.workteams;

import java.util.List;

/**
 * A rule the team breaks, with the facts its message names (message key {@code team.problem.<CODE>.detail}).
 * @param args the message arguments, already formatted
 */
public record ProblemNote(TeamProblem code, List<String> args) {

	public ProblemNote {
		args = List.copyOf(args);
	}

	public String messageKey() {
		return "team.problem." + this.code.name() + ".detail";
	}
}
