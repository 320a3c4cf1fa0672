/**
 * Workspaces (one per brand, the unit of isolation), the brand's channel accounts on each network
 * and their secrets. Every other module's data is scoped by a workspace. A workspace registers an
 * account only with the network's word that it holds the account's token ({@link
 * io.purser.workspace.AccountOwnershipCheck}, implemented by the channels module); the
 * installation's operator registers without it.
 *
 * <p>Offers: {@link io.purser.workspace.WorkspaceManagement} (workspaces, accounts, brand rules),
 * the account and rule types, {@link io.purser.workspace.BrandRulesChanged} and {@link
 * io.purser.workspace.ChannelAccountRegistered}, and the port {@link
 * io.purser.workspace.AccountOwnershipCheck}. Keeps to itself: its tables (workspace,
 * channel_account, brand_rule), secrets and the controllers, which go through the facade.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workspaces")
package io.purser.workspace;
