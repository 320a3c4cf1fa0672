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
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The console's language (English or French: from {@code ?lang=}, then a cookie, then the browser's
 * preference), its content security policy and its static files.
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

  /**
   * The static files under their own paths only ({@code spring.web.resources.add-mappings} is off).
   * Boot's default maps {@code /**}: the resource chain then took every link a page renders ({@code
   * /console/conversations/42}) for a possible static file and looked it up in the jar's classpath
   * — several failed look-ups a link, hundreds on a queue page. With these patterns a link that is
   * not a static file is told apart by its path alone.
   */
  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler("/css/**")
        .addResourceLocations("classpath:/static/css/")
        .resourceChain(true);
    registry
        .addResourceHandler("/js/**")
        .addResourceLocations("classpath:/static/js/")
        .resourceChain(true);
    // Linked from every page's head; without it each page load logged a 404 for /favicon.ico.
    registry.addResourceHandler("/favicon.svg").addResourceLocations("classpath:/static/");
    // Version-free webjar paths (/webjars/htmx.org/dist/htmx.min.js), as Boot's mapping had.
    registry
        .addResourceHandler("/webjars/**")
        .addResourceLocations("classpath:/META-INF/resources/webjars/")
        .resourceChain(true)
        .addResolver(new LiteWebJarsResourceResolver());
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
