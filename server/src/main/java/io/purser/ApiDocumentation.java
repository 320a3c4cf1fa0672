package io.purser;

import io.purser.identity.PurserPrincipal;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at /api/v1/openapi.json. The caller ({@link PurserPrincipal}) is resolved
 * from the bearer token, not sent by the client: without this, springdoc listed it as a query
 * parameter of every operation, and clients generated from the document (and the tenant-isolation
 * suite that reads it) would send it.
 */
@Configuration
class ApiDocumentation {

  static {
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(PurserPrincipal.class);
  }
}
