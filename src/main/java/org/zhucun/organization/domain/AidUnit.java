package org.zhucun.organization.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.zhucun.organization.Gender;
import org.zhucun.organization.UnitKind;
import org.zhucun.shared.domain.BaseEntity;

/**
 * An aid unit (驻村帮扶单位): dispatches cadres and backs them. Holds its leadership members, exactly one of them
 * the principal while the unit is active, and the villages it is linked to (联系点).
 */
@Entity
@Table(name = "aid_unit")
@Audited
public class AidUnit extends BaseEntity {

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private UnitKind kind;

	private String phone;

	private String address;

	@Column(nullable = false)
	private boolean active = true;

	@OneToMany(mappedBy = "unit", cascade = CascadeType.ALL)
	@OrderBy("sortOrder, id")
	private List<UnitLeader> leaders = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "aid_unit_village", joinColumns = @JoinColumn(name = "unit_id"))
	@Column(name = "village_id")
	private Set<Long> villageIds = new HashSet<>();

	protected AidUnit() {
	}

	public AidUnit(String name, UnitKind kind) {
		this.name = name;
		this.kind = kind;
	}

	public void update(String name, UnitKind kind, String phone, String address) {
		this.name = name;
		this.kind = kind;
		this.phone = phone;
		this.address = address;
	}

	/** Adds a leadership member; the caller checks the principal rule with {@link #activePrincipals()}. */
	public UnitLeader addLeader(String name, Gender gender, String position, String phone, boolean principal) {
		UnitLeader leader = new UnitLeader(this, name, gender, position, phone, principal, this.leaders.size());
		this.leaders.add(leader);
		return leader;
	}

	/** @return the leadership member with this id, when it belongs to this unit */
	public Optional<UnitLeader> leader(Long leaderId) {
		return this.leaders.stream().filter(l -> l.getId() != null && l.getId().equals(leaderId)).findFirst();
	}

	/** @return how many active leadership members are marked principal (must be exactly one) */
	public long activePrincipals() {
		return this.leaders.stream().filter(l -> l.isActive() && l.isPrincipal()).count();
	}

	public void linkVillages(Set<Long> villageIds) {
		this.villageIds.clear();
		this.villageIds.addAll(villageIds);
	}

	public void deactivate() {
		this.active = false;
	}

	public void activate() {
		this.active = true;
	}

	public String getName() {
		return this.name;
	}

	public UnitKind getKind() {
		return this.kind;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getAddress() {
		return this.address;
	}

	public boolean isActive() {
		return this.active;
	}

	public List<UnitLeader> getLeaders() {
		return Collections.unmodifiableList(this.leaders);
	}

	public Set<Long> getVillageIds() {
		return Collections.unmodifiableSet(this.villageIds);
	}
}
