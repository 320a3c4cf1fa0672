package io.purser.airline.mail;

import io.purser.identity.PurserPrincipal;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The demo's mailbox (purser.airline.mailbox-page=true): the confirmations Purser sent, newest
 * first, so the seed story can be followed to the customer's inbox without a mail client.
 */
@Controller
@ConditionalOnProperty(name = "purser.airline.mailbox-page", havingValue = "true")
class MailboxController {

  private final SentEmails sent;

  MailboxController(SentEmails sent) {
    this.sent = sent;
  }

  @GetMapping("/console/mailbox")
  String mailbox(PurserPrincipal caller, Model model) {
    model.addAttribute("emails", sent.latest(caller.workspaceId(), 50));
    return "airline/mailbox";
  }
}
