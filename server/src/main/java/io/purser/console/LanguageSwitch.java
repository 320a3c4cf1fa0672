package io.purser.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Switches the console's language on {@code ?lang=en|fr}. Unlike Spring's LocaleChangeInterceptor
 * it ignores languages the console has no messages for, so {@code ?lang=de} cannot leave the agent
 * on the server's default locale.
 */
class LanguageSwitch implements HandlerInterceptor {

  private final Function<List<Locale>, Optional<Locale>> supported;

  LanguageSwitch(Function<List<Locale>, Optional<Locale>> supported) {
    this.supported = supported;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object h) {
    var lang = request.getParameter("lang");
    if (lang != null && !lang.isBlank()) {
      var resolver = RequestContextUtils.getLocaleResolver(request);
      supported
          .apply(List.of(Locale.forLanguageTag(lang)))
          .ifPresent(locale -> resolver.setLocale(request, response, locale));
    }
    return true;
  }
}
