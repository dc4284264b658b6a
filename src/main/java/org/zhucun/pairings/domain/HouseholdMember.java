package org.zhucun.pairings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A member of a household: name, relation to the head, year of birth, health and schooling notes (no ID numbers). */
@Embeddable
public class HouseholdMember {

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Relation relation;

	@Column(name = "birth_year")
	private Integer birthYear;

	private String notes;

	protected HouseholdMember() {
	}

	public HouseholdMember(String name, Relation relation, Integer birthYear, String notes) {
		this.name = name;
		this.relation = relation;
		this.birthYear = birthYear;
		this.notes = notes;
	}

	public String getName() {
		return this.name;
	}

	public Relation getRelation() {
		return this.relation;
	}

	public Integer getBirthYear() {
		return this.birthYear;
	}

	public String getNotes() {
		return this.notes;
	}
}
