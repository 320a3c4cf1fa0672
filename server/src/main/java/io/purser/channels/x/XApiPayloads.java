package io.purser.channels.x;

import java.util.List;

/**
 * The parts of the X API v2 schemas ({@code x_api_v2_openapi.json}) that Purser sends and reads.
 * Field names follow the spec through the snake-case naming strategy of {@link
 * io.purser.channels.outbound.JsonPost#JSON}.
 */
final class XApiPayloads {

  private XApiPayloads() {}

  /** CreatePostsRequest, restricted to a text reply. */
  record CreatePostRequest(String text, Reply reply) {}

  /** CreatePostsReply. */
  record Reply(String inReplyToTweetId) {}

  /** CreatePostsResponse. */
  record CreatePostResponse(PostData data) {}

  /** CreatePostsResponseData. */
  record PostData(String id, String text) {}

  /** CreateDirectMessagesByParticipantIdRequest, restricted to text. */
  record DirectMessageRequest(String text) {}

  /** CreateDirectMessagesByParticipantIdResponse. */
  record DirectMessageResponse(DirectMessageData data) {}

  /** CreateDirectMessagesByParticipantIdResponseData. */
  record DirectMessageData(String dmConversationId, String dmEventId) {}

  /**
   * An error answer: either an RFC 9457 Problem ({@code type}, {@code title}, {@code detail}) or
   * the older {@code {"errors":[{"code":88,"message":…}]}} shape X still uses for rate limits.
   */
  record ErrorBody(String type, String title, String detail, Integer status, List<Error> errors) {}

  /** One entry of {@code errors}: the Error schema, or a Problem inside a partial answer. */
  record Error(Integer code, String message, String type, String title, String detail) {}
}
