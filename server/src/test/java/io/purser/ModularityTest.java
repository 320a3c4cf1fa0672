package io.purser;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Verifies the module structure and writes its documentation to target/spring-modulith-docs. */
class ModularityTest {

  static final ApplicationModules modules = ApplicationModules.of(PurserApplication.class);

  @Test
  void modulesOnlyDependOnEachOthersPublicApi() {
    modules.verify();
  }

  @Test
  void documentsTheModules() {
    new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}
