/**
 * The product's {@code ./purser} command line: starts the server ({@code serve}, {@code demo}) or
 * runs triage's {@code eval} and {@code train}. The operator tools ({@code bench}, {@code
 * simulate}, {@code replay}) are not in the product: they live in the tools jar, whose main hands
 * every other command to this one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line")
package io.purser.cli;
