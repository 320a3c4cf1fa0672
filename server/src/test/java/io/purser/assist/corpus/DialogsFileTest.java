package io.purser.assist.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DialogsFileTest {

  @TempDir Path folder;

  @Test
  void takesTheCustomerTurnsBeforeTheFirstAgentReplyAndThatReply() throws IOException {
    Path file =
        write(
            """
            first_tweet_id,airline,first_utterance,context
            3210,Delta,"<cust__ .  __company__  on the way to Wisconsin I sat on the runway __cust>","<cust__  __cust__   __company__  Classic  __company__  __cust> <rep__  __cust__  Hello, AZ. If you need assistance with rebooking, please reach out to us. *ACJ __rep> <cust__ thanks __cust>"
            """);
    assertThat(DialogsFile.read(file))
        .containsExactly(
            new Dialog(
                "3210",
                "Delta",
                ". on the way to Wisconsin I sat on the runway __cust__ Classic",
                "__cust__ Hello, AZ. If you need assistance with rebooking, please reach out to"
                    + " us. *ACJ"));
  }

  @Test
  void skipsAConversationNoAgentAnswered() throws IOException {
    Path file =
        write(
            """
            first_tweet_id,airline,first_utterance,context
            1,Delta,<cust__ hello __cust>,<cust__ anyone? __cust>
            """);
    assertThat(DialogsFile.read(file)).isEmpty();
  }

  @Test
  void refusesAFileOfAnotherFormat() throws IOException {
    Path file = write("tweet_id,text\n1,hello\n");
    assertThatThrownBy(() -> DialogsFile.read(file)).hasMessageContaining("expected the header");
  }

  private Path write(String csv) throws IOException {
    return Files.writeString(folder.resolve("dialogs.csv"), csv);
  }
}
