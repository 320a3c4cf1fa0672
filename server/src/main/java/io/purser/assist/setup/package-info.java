/**
 * Where each workspace's agent assist is set: the tone rules of its brand's voice and its optional
 * external model, stored in {@code assist_settings}; read and changed through {@link
 * io.purser.assist.AssistSetup}.
 */
package io.purser.assist.setup;
