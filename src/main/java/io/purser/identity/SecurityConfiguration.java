package io.purser.identity;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Three doors: webhooks (open, each checks its network's signature), the REST API (bearer tokens,
 * stateless, problem details on 401/403) and the console (form login, session, CSRF on).
 */
@Configuration
class SecurityConfiguration implements WebMvcConfigurer {

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserDetailsService consoleUsers(Users users) {
    return username ->
        users
            .findByUsername(username)
            .map(
                u ->
                    new ConsoleUserDetails(
                        new PurserPrincipal(u.workspaceId(), u.id(), u.username(), u.role(), false),
                        u.username(),
                        u.passwordHash()))
            .orElseThrow(() -> new UsernameNotFoundException("no such user"));
  }

  @Bean
  @Order(1)
  SecurityFilterChain webhooks(HttpSecurity http) throws Exception {
    // No session, login, logout or saved request: each delivery carries its own proof, and a
    // network sends thousands a minute, so the chain keeps only what a delivery needs.
    return http.securityMatcher("/webhooks/**")
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.disable())
        .securityContext(c -> c.disable())
        .requestCache(c -> c.disable())
        .anonymous(a -> a.disable())
        .logout(l -> l.disable())
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain api(HttpSecurity http, IdentityManagement identity) throws Exception {
    return http.securityMatcher("/api/**")
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .addFilterBefore(
            new BearerTokenFilter(identity), UsernamePasswordAuthenticationFilter.class)
        .authorizeHttpRequests(
            a -> a.requestMatchers("/api/v1/openapi.json").permitAll().anyRequest().authenticated())
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (req, res, ex) ->
                            problem(res, HttpStatus.UNAUTHORIZED, "A valid bearer token is needed"))
                    .accessDeniedHandler(
                        (req, res, ex) ->
                            problem(
                                res, HttpStatus.FORBIDDEN, "This token's role may not do that")))
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain console(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        "/login",
                        "/error",
                        "/webjars/**",
                        "/css/**",
                        "/js/**",
                        "/favicon.ico",
                        "/demo/**",
                        "/actuator/health/**",
                        "/actuator/health",
                        "/actuator/prometheus",
                        "/actuator/info")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/console", true).permitAll())
        .logout(l -> l.logoutSuccessUrl("/login?logout"))
        .build();
  }

  private static void problem(
      jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String detail)
      throws java.io.IOException {
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
