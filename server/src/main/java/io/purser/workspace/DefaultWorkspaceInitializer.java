package io.purser.workspace;

import io.purser.identity.IdentitySettings;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A fresh installation starts with one workspace, which the bootstrap admin token opens. */
@Component
@Order(0)
class DefaultWorkspaceInitializer implements ApplicationRunner {

  private final WorkspaceManagement workspaces;
  private final String name;

  DefaultWorkspaceInitializer(WorkspaceManagement workspaces, IdentitySettings settings) {
    this.workspaces = workspaces;
    this.name = settings.defaultWorkspaceName();
  }

  @Override
  public void run(ApplicationArguments args) {
    workspaces.ensureDefault(name);
  }
}
