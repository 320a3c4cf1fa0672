package io.purser.security;

import io.purser.security.ApiOperations.Operation;
import io.purser.security.ApiOperations.Parameter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The console's routes as Spring MVC maps them, in the shape of API operations: each path under
 * /console with its methods and request parameters, so a page or action added to the console is
 * called by the isolation suite without anyone listing it.
 */
final class ConsoleRoutes {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ConsoleRoutes() {}

  static List<Operation> of(RequestMappingHandlerMapping mapping) {
    var routes = new ArrayList<Operation>();
    for (var entry : mapping.getHandlerMethods().entrySet()) {
      for (var path : paths(entry.getKey())) {
        if (!path.equals("/console") && !path.startsWith("/console/")) {
          continue;
        }
        var methods = entry.getKey().getMethodsCondition().getMethods();
        var names = methods.isEmpty() ? List.of("GET") : methods.stream().map(Enum::name).toList();
        for (var method : names) {
          routes.add(new Operation(method, path, parameters(entry.getValue()), null, null));
        }
      }
    }
    return routes;
  }

  /** Paths of every handler mapped by Spring MVC, to compare with what the API document lists. */
  static List<String> allPaths(RequestMappingHandlerMapping mapping) {
    return mapping.getHandlerMethods().keySet().stream().flatMap(i -> paths(i).stream()).toList();
  }

  private static List<String> paths(RequestMappingInfo info) {
    var patterns = info.getPathPatternsCondition();
    return patterns == null ? List.of() : List.copyOf(patterns.getPatternValues());
  }

  private static List<Parameter> parameters(HandlerMethod handler) {
    var parameters = new ArrayList<Parameter>();
    for (var parameter : handler.getMethodParameters()) {
      var annotation = parameter.getParameterAnnotation(RequestParam.class);
      if (annotation == null) {
        continue;
      }
      parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
      var name = annotation.name().isEmpty() ? parameter.getParameterName() : annotation.name();
      var required =
          annotation.required() && annotation.defaultValue().equals(ValueConstants.DEFAULT_NONE);
      parameters.add(new Parameter(name, "query", required, schema(parameter.getParameterType())));
    }
    return parameters;
  }

  private static JsonNode schema(Class<?> type) {
    var schema = NODES.objectNode();
    if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
      schema.put("type", "integer");
    } else if (type == boolean.class || type == Boolean.class) {
      schema.put("type", "boolean");
    } else if (type == LocalDate.class) {
      schema.put("type", "string").put("format", "date");
    } else if (type == LocalTime.class) {
      schema.put("type", "string").put("format", "time");
    } else {
      schema.put("type", "string");
    }
    return schema;
  }
}
