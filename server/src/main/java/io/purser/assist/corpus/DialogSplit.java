package io.purser.assist.corpus;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The fixed split of the dialogs: a conversation is TEST when the CRC32 of its id's UTF-8 bytes is
 * 0 modulo 10, TRAIN otherwise. It depends on the id alone, so it is stable whatever the order or
 * content of the file, and nothing was chosen by looking at TEST.
 */
public final class DialogSplit {

  private DialogSplit() {}

  /** Whether the conversation with this id is in the TEST split. */
  public static boolean isTest(String id) {
    return bucket(id) == 0;
  }

  /**
   * Whether the conversation is in the DEV part of TRAIN (CRC32 modulo 10 is 1): what choices of
   * the engine were compared on, trained on the rest of TRAIN, so TEST stays unseen.
   */
  public static boolean isDev(String id) {
    return bucket(id) == 1;
  }

  private static long bucket(String id) {
    CRC32 crc = new CRC32();
    crc.update(id.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 10;
  }

  /** The dialogs of one split, in their order. */
  public static List<Dialog> of(List<Dialog> dialogs, boolean test) {
    return dialogs.stream().filter(d -> isTest(d.id()) == test).toList();
  }
}
