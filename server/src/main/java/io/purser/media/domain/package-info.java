/** What a customer's image shows, read from its recognised text: plain Java, no Spring, no SQL. */
@org.springframework.modulith.NamedInterface("domain")
package io.purser.media.domain;
