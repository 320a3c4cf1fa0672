package io.purser.identity.login;

import io.purser.identity.IdentityManagement;
import io.purser.identity.user.Users;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.ExceptionHandlingConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Four doors: webhooks (open, each checks its network's signature), the operator's actuator (health
 * open without details, metrics behind a token), the REST API (bearer tokens, stateless, problem
 * details on 401/403) and the console (form login in a workspace, throttled; session, CSRF on).
 */
@Configuration
class SecurityConfiguration implements WebMvcConfigurer {

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordHashing.encoder();
  }

  @Bean
  @Order(1)
  SecurityFilterChain webhooks(HttpSecurity http) throws Exception {
    // No session, login, logout or saved request: each delivery carries its own proof, and a
    // network sends thousands a minute, so the chain keeps only what a delivery needs. The demo's
    // network sandbox (only under the demo profile; nothing answers there otherwise) is called like
    // a network's API, with the account's bearer token, which it checks itself.
    return http.securityMatcher("/webhooks/**", "/demo/sandbox/**")
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.disable())
        .securityContext(c -> c.disable())
        .requestCache(c -> c.disable())
        .anonymous(a -> a.disable())
        .logout(l -> l.disable())
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .build();
  }

  /**
   * Metrics describe every workspace of the installation (volumes, queues, errors), so no
   * workspace's token reads them: only the operator's bootstrap token or the scraper's own {@code
   * purser.metrics.token}. Health stays open for load balancers, without details.
   */
  @Bean
  @Order(2)
  SecurityFilterChain actuator(HttpSecurity http, MetricsAccess metrics) throws Exception {
    return http.securityMatcher("/actuator/**")
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(c -> c.disable())
        .authorizeHttpRequests(
            a ->
                a.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                    .permitAll()
                    .requestMatchers("/actuator/prometheus")
                    .access(metrics)
                    .anyRequest()
                    .denyAll())
        .exceptionHandling(
            refusals(
                true,
                "The metrics token is needed",
                HttpStatus.UNAUTHORIZED,
                "The metrics token is needed"))
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain api(HttpSecurity http, IdentityManagement identity) throws Exception {
    return http.securityMatcher("/api/**")
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .addFilterBefore(
            new BearerTokenFilter(identity), UsernamePasswordAuthenticationFilter.class)
        .authorizeHttpRequests(
            a -> a.requestMatchers("/api/v1/openapi.json").permitAll().anyRequest().authenticated())
        .exceptionHandling(
            refusals(
                false,
                "A valid bearer token is needed",
                HttpStatus.FORBIDDEN,
                "This token's role may not do that"))
        .build();
  }

  @Bean
  @Order(4)
  SecurityFilterChain console(HttpSecurity http, Users users) throws Exception {
    // The form login's passwords go to ConsolePasswordCheck, the only AuthenticationProvider bean
    // and so the global one. Naming it here as well would check each password twice: once in
    // this chain's manager and again in the global one after the first refused it.
    return http.authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        "/login",
                        "/error",
                        "/webjars/**",
                        "/css/**",
                        "/js/**",
                        "/favicon.ico",
                        "/favicon.svg",
                        "/demo/**")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .addFilterBefore(new SignedInUserCheck(users), AuthorizationFilter.class)
        .formLogin(
            f ->
                f.loginPage("/login")
                    .authenticationDetailsSource(LoginDetails::new)
                    .failureHandler(SecurityConfiguration::loginFailed)
                    .defaultSuccessUrl("/console", true)
                    .permitAll())
        .logout(l -> l.logoutSuccessUrl("/login?logout"))
        .build();
  }

  /** Back to the form, saying why, with the workspace the person typed kept in its field. */
  private static void loginFailed(
      jakarta.servlet.http.HttpServletRequest request,
      HttpServletResponse response,
      org.springframework.security.core.AuthenticationException failure)
      throws IOException {
    var workspace = request.getParameter("workspace");
    var kept =
        workspace == null || workspace.isBlank()
            ? ""
            : "&workspace="
                + java.net.URLEncoder.encode(
                    workspace.strip(), java.nio.charset.StandardCharsets.UTF_8);
    var reason = failure instanceof LoginThrottled ? "throttled" : "error";
    response.sendRedirect(request.getContextPath() + "/login?" + reason + kept);
  }

  /**
   * Problem details for a caller without credentials (401) and for one whose credentials may not do
   * that ({@code deniedStatus}), with the bearer challenge on both when {@code challenge}.
   */
  private static Customizer<ExceptionHandlingConfigurer<HttpSecurity>> refusals(
      boolean challenge, String unauthenticated, HttpStatus deniedStatus, String denied) {
    return e ->
        e.authenticationEntryPoint(
                (req, res, ex) -> refuse(res, challenge, HttpStatus.UNAUTHORIZED, unauthenticated))
            .accessDeniedHandler((req, res, ex) -> refuse(res, challenge, deniedStatus, denied));
  }

  private static void refuse(
      HttpServletResponse response, boolean challenge, HttpStatus status, String detail)
      throws IOException {
    if (challenge) {
      response.setHeader("WWW-Authenticate", "Bearer");
    }
    problem(response, status, detail);
  }

  static void problem(HttpServletResponse response, HttpStatus status, String detail)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
                .formatted(status.getReasonPhrase(), status.value(), detail));
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new PrincipalArgumentResolver());
  }
}
