package io.purser.console.booking;

import io.purser.airline.AirlineManagement;
import io.purser.identity.PurserPrincipal;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The demo's mailbox (purser.airline.mailbox-page=true): the confirmations Purser sent, newest
 * first, so the seed story can be followed to the customer's inbox without a mail client. A console
 * page like the others (same top bar with presence and user, in the navigation), reading the
 * e-mails through the airline module's API.
 */
@Controller
@ConditionalOnProperty(name = "purser.airline.mailbox-page", havingValue = "true")
public class MailboxController {

  private final AirlineManagement airline;

  MailboxController(AirlineManagement airline) {
    this.airline = airline;
  }

  @GetMapping("/console/mailbox")
  String mailbox(PurserPrincipal caller, Model model) {
    model.addAttribute("emails", airline.sentConfirmations(caller.workspaceId()));
    return "airline/mailbox";
  }
}
