package io.purser.console;

import io.purser.identity.IdentityManagement;
import io.purser.identity.IdentityManagement.UserProfile;
import io.purser.identity.PurserPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every console page shows around its content: who is signed in, the language links (which
 * keep the page's view, filters and search), and whether the demo's mailbox is in the navigation.
 */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
class ConsoleModel {

  static final String AGENT_NAME = "agentName";

  private final IdentityManagement identity;
  private final boolean mailboxPage;

  ConsoleModel(
      IdentityManagement identity,
      @Value("${purser.airline.mailbox-page:false}") boolean mailboxPage) {
    this.identity = identity;
    this.mailboxPage = mailboxPage;
  }

  /**
   * The link of each language: the same page with the same query (view, page, search) and only the
   * language changed, so switching keeps what the agent was looking at.
   */
  @ModelAttribute("languageLinks")
  Map<String, String> languageLinks(HttpServletRequest request) {
    var kept =
        request.getQueryString() == null
            ? List.<String>of()
            : Arrays.stream(request.getQueryString().split("&"))
                .filter(part -> !part.isEmpty() && !part.startsWith("lang="))
                .toList();
    var links = new LinkedHashMap<String, String>();
    for (var lang : List.of("en", "fr")) {
      var query = new ArrayList<>(kept);
      query.add("lang=" + lang);
      links.put(lang, "?" + String.join("&", query));
    }
    return links;
  }

  @ModelAttribute("mailboxPage")
  boolean mailboxPage() {
    return mailboxPage;
  }

  @ModelAttribute(AGENT_NAME)
  String agentName(Principal principal) {
    if (principal == null) {
      return null;
    }
    return identity
        .profile(PurserPrincipal.current().orElse(null))
        .map(UserProfile::displayName)
        .filter(name -> !name.isBlank())
        .orElse(principal.getName());
  }
}
