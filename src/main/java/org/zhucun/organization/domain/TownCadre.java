package org.zhucun.organization.domain;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Subselect;
import org.hibernate.annotations.Synchronize;
import org.zhucun.identity.TownCadres;

/**
 * A cadre of a town ({@link TownCadres}, DOMAIN §1) as a read-only entity over the one SQL rule, so that the cadre
 * list's JPQL filters by it; never loaded, only used in {@code exists} conditions.
 */
@Entity
@Immutable
@Subselect(TownCadres.PAIRS)
@Synchronize({ "team_membership", "work_team", "village" })
@IdClass(TownCadre.Key.class)
public class TownCadre {

	@Id
	@Column(name = "town_id")
	private Long townId;

	@Id
	@Column(name = "cadre_id")
	private Long cadreId;

	protected TownCadre() {
	}

	public Long getTownId() {
		return this.townId;
	}

	public Long getCadreId() {
		return this.cadreId;
	}

	/** The composite key: town and cadre. */
	public static class Key implements Serializable {

		private static final long serialVersionUID = 1L;

		private Long townId;

		private Long cadreId;

		protected Key() {
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key k && Objects.equals(this.townId, k.townId)
					&& Objects.equals(this.cadreId, k.cadreId);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.townId, this.cadreId);
		}
	}
}
