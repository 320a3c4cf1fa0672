package io.purser;

import java.beans.Introspector;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Gives each of Purser's settings records a short bean name ({@code routingSettings}) beside the
 * one Boot registers ({@code purser.routing-io.purser.routing.RoutingSettings}), so a
 * {@code @Scheduled} interval reads the record that holds its default, whatever package the record
 * lives in: {@code fixedDelayString = "#{@routingSettings.dispatchInterval()}"}.
 */
@Component
class SettingsNames implements BeanFactoryPostProcessor {

  private static final String PURSER_TYPE = "-io.purser.";

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) {
    for (var name : factory.getBeanDefinitionNames()) {
      int type = name.indexOf(PURSER_TYPE);
      if (type < 0) {
        continue;
      }
      var alias = Introspector.decapitalize(ClassUtils.getShortName(name.substring(type + 1)));
      if (!factory.containsBean(alias)) {
        factory.registerAlias(name, alias);
      }
    }
  }
}
