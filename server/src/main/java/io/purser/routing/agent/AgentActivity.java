package io.purser.routing.agent;

import io.purser.identity.PurserPrincipal;
import io.purser.routing.RoutingManagement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every request of a console user or of a token acting for one counts as activity (recorded at most
 * every 30 seconds); an available agent without any for {@code purser.routing.away-after} is set
 * away and their conversations go back to the queue.
 */
@Configuration
class AgentActivity implements WebMvcConfigurer, HandlerInterceptor {

  private final RoutingManagement routing;

  AgentActivity(RoutingManagement routing) {
    this.routing = routing;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/**", "/console/**");
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    PurserPrincipal.current()
        .filter(principal -> principal.userId() != null)
        .ifPresent(principal -> routing.touch(principal.workspaceId(), principal.userId()));
    return true;
  }
}
