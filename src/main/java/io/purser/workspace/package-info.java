/**
 * Workspaces (one per brand, the unit of isolation), the brand's channel accounts on each network
 * and their secrets. Every other module's data is scoped by a workspace.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workspaces")
package io.purser.workspace;
