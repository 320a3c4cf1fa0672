package io.purser.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * The operations of the REST API as its OpenAPI document lists them: what the security suites call,
 * so an operation added to the API is called without anyone editing a test.
 */
final class ApiOperations {

  private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

  /** One parameter of an operation: in path, query or header. */
  record Parameter(String name, String in, boolean required, JsonNode schema) {}

  /** One operation: an HTTP method on a path, its parameters and its JSON body's schema. */
  record Operation(
      String method, String path, List<Parameter> parameters, JsonNode body, String bodyType) {

    List<String> pathVariables() {
      var names = new ArrayList<String>();
      var matcher = PATH_VARIABLE.matcher(path);
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
      return names;
    }

    List<Parameter> in(String where) {
      return parameters.stream().filter(p -> p.in().equals(where)).toList();
    }

    boolean reads() {
      return method.equals("GET");
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private final JsonNode document;

  ApiOperations(JsonNode document) {
    this.document = document;
  }

  List<Operation> all() {
    var operations = new ArrayList<Operation>();
    for (var path : document.path("paths").properties()) {
      for (var method : path.getValue().properties()) {
        operations.add(operation(path.getKey(), method.getKey(), method.getValue()));
      }
    }
    return operations;
  }

  /** A schema with its $ref followed, so callers see properties and types directly. */
  JsonNode resolve(JsonNode schema) {
    var node = schema;
    while (node != null && node.has("$ref")) {
      var name = node.get("$ref").asString().substring("#/components/schemas/".length());
      node = document.path("components").path("schemas").path(name);
    }
    return node == null ? MissingNode.getInstance() : node;
  }

  private Operation operation(String path, String method, JsonNode spec) {
    var parameters = new ArrayList<Parameter>();
    for (var parameter : spec.path("parameters")) {
      parameters.add(
          new Parameter(
              parameter.path("name").asString(),
              parameter.path("in").asString(),
              parameter.path("required").asBoolean(false),
              resolve(parameter.path("schema"))));
    }
    JsonNode body = null;
    String bodyType = null;
    for (var content : spec.path("requestBody").path("content").properties()) {
      bodyType = content.getKey();
      body = resolve(content.getValue().path("schema"));
      break;
    }
    return new Operation(method.toUpperCase(Locale.ROOT), path, parameters, body, bodyType);
  }
}
