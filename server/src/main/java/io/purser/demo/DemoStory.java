package io.purser.demo;

import io.purser.airline.demo.DemoAirline;
import io.purser.airline.demo.DemoConnections;
import io.purser.airline.domain.Flight;
import io.purser.demo.sandbox.SandboxLedger;
import io.purser.replay.XWebhookReplayer;
import io.purser.workspace.Network;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The seed story, played at the start of the demo: Alex Martin, whose return flight was moved three
 * hours earlier, sends a direct message with his record locator and a screenshot of the flight he
 * found instead. The screenshot is drawn here from the demo airline's timetable (so its flight
 * exists on the day shown) and served at {@code /demo/story-screenshot.png}, where the media module
 * fetches it like any network's image; the message goes through the real, signed X webhook.
 */
@RestController
@Profile("demo")
class DemoStory {

  static final String PATH = "/demo/story-screenshot.png";
  static final String CUSTOMER_ID = "7300000000000000001";

  private static final Logger log = LoggerFactory.getLogger(DemoStory.class);

  private final DemoConnections airline;
  private volatile byte[] screenshot;
  private volatile String messageId;

  DemoStory(DemoConnections airline) {
    this.airline = airline;
  }

  @GetMapping(PATH)
  ResponseEntity<byte[]> screenshot() {
    var png = screenshot;
    return png == null
        ? ResponseEntity.notFound().build()
        : ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png);
  }

  /** Draws the screenshot and sends Alex's direct message; false when the story cannot be told. */
  boolean play(XWebhookReplayer replayer, String baseUrl, SandboxLedger ledger)
      throws InterruptedException {
    var offered = airline.offeredInstead(DemoAirline.STORY_LOCATOR);
    if (offered.isEmpty()) {
      log.warn("Demo story: the demo airline has no alternative for {}", DemoAirline.STORY_LOCATOR);
      return false;
    }
    // The flight he found himself: not the one the airline would have offered first.
    screenshot = draw(offered.get(offered.size() - 1));
    ledger.heard(
        Network.X,
        null,
        new SandboxLedger.Customer(CUSTOMER_ID, "alexmartin_travels", "Alex Martin"));
    var id = "7300000000000000" + (Instant.now().getEpochSecond() % 1000);
    messageId = id;
    int status = replayer.deliver(directMessage(replayer.accountId(), id, baseUrl + PATH));
    log.info("Demo story: Alex Martin's direct message delivered ({})", status);
    return status == 200;
  }

  /** The X id of Alex's direct message, once it has been sent. */
  String messageId() {
    return messageId;
  }

  private static byte[] directMessage(String accountId, String id, String mediaUrl) {
    var nodes = JsonNodeFactory.instance;
    var root = nodes.objectNode();
    root.put("for_user_id", accountId);
    var event = root.putArray("direct_message_events").addObject();
    event.put("type", "message_create");
    event.put("id", id);
    event.put("created_timestamp", Long.toString(Instant.now().toEpochMilli()));
    var create = event.putObject("message_create");
    create.putObject("target").put("recipient_id", accountId);
    create.put("sender_id", CUSTOMER_ID);
    var data = create.putObject("message_data");
    data.put(
        "text",
        "Hi, my return flight JFK-CDG was moved 3 hours earlier and I can't make it. I found this"
            + " one instead, can you rebook me on it? Booking "
            + DemoAirline.STORY_LOCATOR
            + ", window seat please. Alex Martin");
    var media = data.putObject("attachment").put("type", "media").putObject("media");
    media.put("id_str", "7300000000000000099");
    media.put("media_url_https", mediaUrl);
    media.put("type", "photo");
    var users = root.putObject("users");
    users
        .putObject(CUSTOMER_ID)
        .put("id", CUSTOMER_ID)
        .put("screen_name", "alexmartin_travels")
        .put("name", "Alex Martin");
    users
        .putObject(accountId)
        .put("id", accountId)
        .put("screen_name", "DemoAir")
        .put("name", "Demo Air");
    return root.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A booking site's flight card, dark on white, as a phone would capture it. */
  static byte[] draw(Flight flight) {
    var image = new BufferedImage(760, 300, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.setColor(new Color(20, 24, 60));
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
      g.drawString("Select your return flight", 30, 60);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 27));
      var number = flight.number();
      g.drawString(
          number.substring(0, 2)
              + " "
              + number.substring(2)
              + "   "
              + flight.origin()
              + " - "
              + flight.destination(),
          30,
          130);
      var day = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
      var time = DateTimeFormatter.ofPattern("HH:mm");
      g.drawString(
          flight.departure().format(day)
              + "   "
              + flight.departure().format(time)
              + " - "
              + flight.arrival().format(time),
          30,
          176);
      g.drawString("Economy   1 adult", 30, 222);
    } finally {
      g.dispose();
    }
    var png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png.toByteArray();
  }
}
