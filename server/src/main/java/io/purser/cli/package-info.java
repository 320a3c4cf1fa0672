/**
 * The {@code ./purser} command line: starts the server ({@code serve}, {@code demo}) or runs one of
 * the tools of the other modules ({@code eval}, {@code train}, {@code bench}, {@code simulate},
 * {@code replay}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line")
package io.purser.cli;
