package io.purser.tools;

import io.purser.channels.x.XSignatures;
import io.purser.replay.XWebhookReplayer;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * The benchmark's client for one thread: signed POSTs to the X webhook over one kept-alive HTTP/1.1
 * connection, opened again whenever the server closes it. It runs in the JVM being measured, so it
 * does no more than a webhook sender must, unlike the JDK's {@code HttpClient} (asynchronous, with
 * a selector thread). A 503 or a failed connection is tried again after a back-off ({@link
 * XWebhookReplayer#withRetries}); every other answer is final. Not thread-safe: one per client
 * thread.
 */
final class KeepAliveWebhookClient implements AutoCloseable {

  private static final Duration FIRST_BACK_OFF = Duration.ofMillis(100);

  private final int attempts;

  private final String host;
  private final int port;
  private final byte[] head;
  private final String secret;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  /** Tries each delivery up to 8 times, backing off from 100 ms up to a few seconds. */
  KeepAliveWebhookClient(String baseUrl, String secret) {
    this(baseUrl, secret, 8);
  }

  KeepAliveWebhookClient(String baseUrl, String secret, int attempts) {
    this.attempts = attempts;
    var uri = URI.create(baseUrl.replaceAll("/+$", "") + "/webhooks/x");
    if (!"http".equals(uri.getScheme())) {
      throw new IllegalArgumentException("the benchmark client speaks plain HTTP: " + baseUrl);
    }
    this.host = uri.getHost();
    this.port = uri.getPort() < 0 ? 80 : uri.getPort();
    this.head =
        ("POST "
                + uri.getRawPath()
                + " HTTP/1.1\r\nHost: "
                + host
                + ':'
                + port
                + "\r\nContent-Type: application/json\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    this.secret = secret;
  }

  /** Signs and delivers a body; returns the final status, or {@link XWebhookReplayer#NO_ANSWER}. */
  int deliver(byte[] body) throws InterruptedException {
    var headers =
        (XSignatures.HEADER
                + ": "
                + XSignatures.sign(secret, body)
                + "\r\nContent-Length: "
                + body.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    return XWebhookReplayer.withRetries(attempts, FIRST_BACK_OFF, () -> attempt(headers, body));
  }

  private int attempt(byte[] headers, byte[] body) {
    // A kept-alive connection the server has just closed fails at once: try a fresh one.
    for (int fresh = 0; fresh < 2; fresh++) {
      boolean reused = socket != null;
      try {
        connect();
        out.write(head);
        out.write(headers);
        out.write(body);
        out.flush();
        return readResponse();
      } catch (IOException e) {
        close();
        if (!reused) {
          return XWebhookReplayer.NO_ANSWER;
        }
      }
    }
    return XWebhookReplayer.NO_ANSWER;
  }

  private void connect() throws IOException {
    if (socket != null) {
      return;
    }
    var opened = new Socket();
    opened.setTcpNoDelay(true);
    opened.setSoTimeout(30_000);
    opened.connect(new InetSocketAddress(host, port), 5_000);
    socket = opened;
    in = new BufferedInputStream(opened.getInputStream(), 8192);
    out = new BufferedOutputStream(opened.getOutputStream(), 16384);
  }

  /** Reads one response, skipping its body; closes the connection when the server asks. */
  private int readResponse() throws IOException {
    var statusLine = line();
    if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
      throw new IOException("not an HTTP response: " + statusLine);
    }
    int status = Integer.parseInt(statusLine.substring(9, 12));
    long length = 0;
    boolean chunked = false;
    boolean closing = false;
    for (var header = line(); !header.isEmpty(); header = line()) {
      var lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(lower.substring(15).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      } else if (lower.startsWith("connection:") && lower.contains("close")) {
        closing = true;
      }
    }
    if (chunked) {
      for (long size = chunkSize(); size > 0; size = chunkSize()) {
        skip(size);
        line();
      }
      while (!line().isEmpty()) {
        // trailers
      }
    } else {
      skip(length);
    }
    if (closing) {
      close();
    }
    return status;
  }

  private long chunkSize() throws IOException {
    var size = line();
    int extension = size.indexOf(';');
    return Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
  }

  private void skip(long bytes) throws IOException {
    for (long left = bytes; left > 0; ) {
      long skipped = in.skip(left);
      if (skipped <= 0) {
        if (in.read() < 0) {
          throw new IOException("the connection closed inside a response");
        }
        skipped = 1;
      }
      left -= skipped;
    }
  }

  private String line() throws IOException {
    var text = new StringBuilder(64);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("the connection closed inside a response");
      }
      if (c != '\r') {
        text.append((char) c);
      }
    }
    return text.toString();
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
    socket = null;
    in = null;
    out = null;
  }
}
