/** The REST API of agent assist: each workspace's tone rules and external model. */
package io.purser.assist.web;
