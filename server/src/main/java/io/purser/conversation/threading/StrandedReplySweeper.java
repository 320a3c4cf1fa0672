package io.purser.conversation.threading;

import io.purser.NodeDuties;
import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adopts brand replies left held although their parent is in a conversation. With several pipeline
 * workers, a reply and its parent can be processed at the same moment in two transactions: neither
 * sees the other, the reply is held and the parent finds nothing to adopt. This sweep closes that
 * gap within seconds.
 */
@Component
class StrandedReplySweeper {

  private final HeldReplies replies;
  private final Clock clock;
  private final NodeDuties duties;

  StrandedReplySweeper(HeldReplies replies, Clock clock, NodeDuties duties) {
    this.replies = replies;
    this.clock = clock;
    this.duties = duties;
  }

  @Scheduled(fixedDelayString = "#{@conversationSettings.strandedSweep()}")
  void sweep() {
    if (duties.mine("stranded-reply-sweep")) {
      adoptStranded();
    }
  }

  /** Adopts every stranded reply (and its own held replies); returns how many were stranded. */
  @Transactional
  int adoptStranded() {
    return replies.adoptStranded(500, clock.instant());
  }
}
