package io.purser;

import java.util.HashMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.annotation.AnnotationUtils;

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
}
