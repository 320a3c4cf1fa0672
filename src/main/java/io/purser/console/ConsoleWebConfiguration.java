package io.purser.console;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The console's language (English or French: from {@code ?lang=}, then a cookie, then the browser's
 * preference) and its content security policy.
 */
@Configuration
class ConsoleWebConfiguration implements WebMvcConfigurer {

  static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

  /** Named {@code localeResolver} so that the DispatcherServlet uses it instead of Boot's. */
  @Bean
  LocaleResolver localeResolver() {
    var resolver = new CookieLocaleResolver("purser-lang");
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setDefaultLocaleFunction(
        request -> supported(Collections.list(request.getLocales())).orElse(Locale.ENGLISH));
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new LanguageSwitch(this::supported));
    registry
        .addInterceptor(new ContentSecurityPolicy())
        .addPathPatterns("/login", "/console", "/console/**");
  }

  private Optional<Locale> supported(List<Locale> wanted) {
    return wanted.stream()
        .map(l -> new Locale(l.getLanguage()))
        .filter(SUPPORTED::contains)
        .findFirst();
  }
}
