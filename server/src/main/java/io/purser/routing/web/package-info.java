/** The routing module's REST API, on top of its public API only. */
package io.purser.routing.web;
