/**
 * Workspaces (one per brand, the unit of isolation), the brand's channel accounts on each network
 * and their secrets. Every other module's data is scoped by a workspace. A workspace registers an
 * account only with the network's word that it holds the account's token ({@link
 * io.purser.workspace.AccountOwnershipCheck}, implemented by the channels module); the
 * installation's operator registers without it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workspaces")
package io.purser.workspace;
