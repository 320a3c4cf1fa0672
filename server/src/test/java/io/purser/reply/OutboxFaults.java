package io.purser.reply;

import java.util.concurrent.atomic.AtomicInteger;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Lets a test make the database "go away" exactly when the outbox records that a reply was sent:
 * the next {@code n} such writes fail as they would with the connection gone. Unarmed, it changes
 * nothing; imported by every integration test so that they share one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class OutboxFaults {

  private static final AtomicInteger failingSentWrites = new AtomicInteger();

  /** The next {@code writes} attempts to record a reply as sent fail. */
  public static void failRecordingSent(int writes) {
    failingSentWrites.set(writes);
  }

  /** True once every armed failure has happened. */
  public static boolean spent() {
    return failingSentWrites.get() == 0;
  }

  @Bean
  static BeanPostProcessor outboxFaultInjection() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (!(bean instanceof Outbox)) {
          return bean;
        }
        if (bean instanceof Advised advised) {
          advised.addAdvice(0, interceptor());
          return bean;
        }
        var proxy = new ProxyFactory(bean);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice(interceptor());
        return proxy.getProxy();
      }
    };
  }

  private static MethodInterceptor interceptor() {
    return invocation -> {
      var args = invocation.getArguments();
      if ("update".equals(invocation.getMethod().getName())
          && args.length > 1
          && "sent".equals(args[1])
          && failingSentWrites.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        throw new DataAccessResourceFailureException("the database went away (test fault)");
      }
      return invocation.proceed();
    };
  }
}
