package io.purser.identity.login;

import io.purser.identity.PurserPrincipal;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets a controller method take a {@link PurserPrincipal}, from a token or a console login. */
public class PrincipalArgumentResolver implements HandlerMethodArgumentResolver {

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == PurserPrincipal.class;
  }

  @Override
  public Object resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer mav,
      NativeWebRequest request,
      WebDataBinderFactory binders) {
    return of(SecurityContextHolder.getContext().getAuthentication());
  }

  /** The caller of the current request, when it is authenticated as one of ours. */
  public static java.util.Optional<PurserPrincipal> current() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null) {
      return java.util.Optional.empty();
    }
    var principal = authentication.getPrincipal();
    if (principal instanceof PurserPrincipal p) {
      return java.util.Optional.of(p);
    }
    if (principal instanceof ConsoleUserDetails user) {
      return java.util.Optional.of(user.principal());
    }
    return java.util.Optional.empty();
  }

  static PurserPrincipal of(Authentication authentication) {
    if (authentication == null) {
      throw new IllegalStateException("a PurserPrincipal needs an authenticated request");
    }
    var principal = authentication.getPrincipal();
    if (principal instanceof PurserPrincipal p) {
      return p;
    }
    if (principal instanceof ConsoleUserDetails user) {
      return user.principal();
    }
    throw new IllegalStateException("unexpected principal type " + principal.getClass());
  }
}
