package org.zhucun.oversight.domain;

/** What a finding is about; the aid unit answers for it in every case. */
public enum SubjectKind {
	UNIT, TEAM, CADRE
}
