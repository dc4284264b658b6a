package org.zhucun.architecture;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.zhucun.ZhucunApplication;

/** Verifies the module structure (no cycles, only allowed dependencies) and writes the module documentation. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(ZhucunApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}
}
