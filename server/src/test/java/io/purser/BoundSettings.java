package io.purser;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * A settings record as the application binds it: its defaults, changed by {@code name=value}
 * properties relative to its prefix ({@code BoundSettings.of(MediaSettings.class, "workers=1")}).
 */
public final class BoundSettings {

  private BoundSettings() {}

  public static <T> T of(Class<T> type, String... properties) {
    var annotation = AnnotationUtils.findAnnotation(type, ConfigurationProperties.class);
    if (annotation == null) {
      throw new IllegalArgumentException(type + " is not a @ConfigurationProperties record");
    }
    var prefix = annotation.prefix();
    var values = new HashMap<String, String>();
    for (var property : properties) {
      int equals = property.indexOf('=');
      values.put(prefix + "." + property.substring(0, equals), property.substring(equals + 1));
    }
    return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate(prefix, type);
  }

  /** Environment variables ({@code PURSER_X_API_BASE_URL}) as the application reads them. */
  public static ApplicationContextInitializer<ConfigurableApplicationContext> environment(
      Map<String, Object> variables) {
    return context ->
        context
            .getEnvironment()
            .getPropertySources()
            .addFirst(
                new SystemEnvironmentPropertySource(
                    StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
  }
}
