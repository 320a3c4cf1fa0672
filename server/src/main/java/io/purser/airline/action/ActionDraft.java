package io.purser.airline.action;

import io.purser.airline.ActionRequest;
import io.purser.airline.Actor;

/** An action to start: what it is, who asked, and whether it waits for a supervisor first. */
record ActionDraft(
    long workspaceId,
    long conversationId,
    String kind,
    String key,
    String fingerprint,
    ActionRequest request,
    String fareQuote,
    String before,
    Actor actor,
    boolean awaitsApproval,
    String detail) {}
