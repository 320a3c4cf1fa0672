package io.purser.media;

import java.util.Optional;

/**
 * What an attachment's bytes are, read from their first bytes: the network's content type and the
 * file name are not trusted, and only these are ever served back as images.
 */
enum ImageType {
  PNG("image/png"),
  JPEG("image/jpeg"),
  GIF("image/gif"),
  WEBP("image/webp");

  final String contentType;

  ImageType(String contentType) {
    this.contentType = contentType;
  }

  static Optional<ImageType> sniff(byte[] bytes) {
    if (starts(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(PNG);
    }
    if (starts(bytes, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(JPEG);
    }
    if (starts(bytes, 'G', 'I', 'F', '8')) {
      return Optional.of(GIF);
    }
    if (starts(bytes, 'R', 'I', 'F', 'F')
        && bytes.length >= 12
        && bytes[8] == 'W'
        && bytes[9] == 'E'
        && bytes[10] == 'B'
        && bytes[11] == 'P') {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }

  static Optional<ImageType> ofContentType(String contentType) {
    for (var type : values()) {
      if (type.contentType.equals(contentType)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  private static boolean starts(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
