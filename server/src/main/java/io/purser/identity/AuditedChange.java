package io.purser.identity;

/**
 * One change made by a person or a token, as the audit log records it. Publish it as an event (or
 * hand it to {@link AuditTrail#record(AuditedChange)}) inside the transaction that makes the
 * change, on the request's thread: the trail adds who, when and from where, and the record is
 * committed or rolled back with the change.
 *
 * @param action what was done, {@code <target>.<verb>} such as {@code user.deactivate}
 * @param targetType the kind of thing changed, such as {@code user} or {@code brand_rule}
 * @param targetId its id (or another key that names it), may be null
 * @param before its state before the change (any object Jackson can write), null when created
 * @param after its state after the change, null when deleted; fields named like a secret (password,
 *     secret, token, …) are never recorded
 */
public record AuditedChange(
    String action, String targetType, Object targetId, Object before, Object after) {

  public AuditedChange {
    if (action == null || action.isBlank() || targetType == null || targetType.isBlank()) {
      throw new IllegalArgumentException("an audited change names its action and target type");
    }
  }
}
