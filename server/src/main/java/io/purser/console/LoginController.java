package io.purser.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page; Spring Security handles the form's POST and the logout. */
@Controller
class LoginController {

  @GetMapping("/login")
  String login(
      @RequestParam(required = false) String error,
      @RequestParam(required = false) String logout,
      @RequestParam(required = false) String throttled,
      @RequestParam(required = false) String workspace,
      Model model) {
    model.addAttribute("failed", error != null);
    model.addAttribute("throttled", throttled != null);
    model.addAttribute("workspace", workspace);
    model.addAttribute("loggedOut", logout != null);
    return "login";
  }
}
