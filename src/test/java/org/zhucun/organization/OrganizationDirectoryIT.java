package org.zhucun.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhucun.identity.OrganizationDirectory;
import org.zhucun.organization.domain.AidUnit;
import org.zhucun.organization.domain.Cadre;
import org.zhucun.organization.domain.Town;

/** What the identity module reads of the organisation: active towns, units and cadres and their names. */
class OrganizationDirectoryIT extends OrganizationIT {

	@Autowired
	private OrganizationDirectory directory;

	@Test
	void answersWithActiveRecordsAndNames() {
		Town town = town();
		Town closed = town();
		closed.deactivate();
		this.towns.saveAndFlush(closed);
		AidUnit unit = unit();
		Cadre cadre = cadre(unit);
		Cadre gone = cadre(unit);
		gone.deactivate();
		this.cadres.saveAndFlush(gone);

		assertThat(this.directory.towns()).extracting(OrganizationDirectory.Option::name)
			.contains(town.getName())
			.doesNotContain(closed.getName());
		assertThat(this.directory.units()).extracting(OrganizationDirectory.Option::id).contains(unit.getId());
		assertThat(this.directory.cadresOf(unit.getId())).extracting(OrganizationDirectory.Option::name)
			.containsExactly(cadre.getName());
		assertThat(this.directory.unitOfCadre(cadre.getId())).contains(unit.getId());
		assertThat(this.directory.townName(town.getId())).contains(town.getName());
		assertThat(this.directory.unitName(unit.getId())).contains(unit.getName());
		assertThat(this.directory.cadreName(cadre.getId())).contains(cadre.getName());
		assertThat(this.directory.cadreName(Long.MAX_VALUE)).isEmpty();
		assertThat(this.directory.townName(null)).isEmpty();
	}
}
