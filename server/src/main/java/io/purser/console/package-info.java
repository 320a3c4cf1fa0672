/**
 * The agent's web console: login, the live conversation list of the agent's workspace, one
 * conversation with its customer, timeline (customers' images included) and reply form, the booking
 * panel beside it (look up, rebook, seat, approve), the flag on personal data posted in public
 * (hide the comment, continue in private), and the Server-Sent Events stream that keeps open pages
 * current. Server-rendered (Thymeleaf, htmx); it reads and acts only through the other modules'
 * management APIs and learns about changes from their events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Console")
package io.purser.console;
