package io.purser.triage.model;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * Reads and writes model files: deflated, weights quantised to 16 bits per head (a quarter of the
 * size of floats at no measurable loss), every map written in sorted order so the same model always
 * gives the same bytes. The version is a hash of the content.
 */
public final class ModelCodec {

  private static final String MAGIC = "purser-triage-model";
  private static final int FORMAT = 1;

  private ModelCodec() {}

  /** Quantises {@code model} as it will be stored and stamps it with its content version. */
  public static TriageModel finish(TriageModel model) {
    byte[] body = body(model);
    String version = "triage-1." + HexFormat.of().formatHex(sha256(body), 0, 6);
    return read(write(new TriageModel(version, model.bits(), model.thresholds(), model.heads())));
  }

  /** The model file's bytes. */
  public static byte[] write(TriageModel model) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    try (DataOutputStream out =
        new DataOutputStream(new DeflaterOutputStream(bytes, deflater, 1 << 16))) {
      out.writeUTF(MAGIC);
      out.writeInt(FORMAT);
      out.writeUTF(model.version());
      out.write(body(model));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write model to memory", e);
    } finally {
      deflater.end();
    }
    return bytes.toByteArray();
  }

  /** Reads a model file; throws {@link IllegalArgumentException} when it is not one. */
  public static TriageModel read(byte[] file) {
    return read(new java.io.ByteArrayInputStream(file));
  }

  /** Reads a model file from a stream (not closed). */
  public static TriageModel read(InputStream file) {
    try {
      DataInputStream in =
          new DataInputStream(new InflaterInputStream(file, new java.util.zip.Inflater(), 1 << 16));
      if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT) {
        throw new IllegalArgumentException("not a triage model file of format " + FORMAT);
      }
      String version = in.readUTF();
      int bits = in.readInt();
      Map<String, Double> thresholds = new TreeMap<>();
      for (int i = in.readInt(); i > 0; i--) {
        thresholds.put(in.readUTF(), in.readDouble());
      }
      Map<String, LinearHead> heads = new LinkedHashMap<>();
      for (int i = in.readInt(); i > 0; i--) {
        LinearHead head = readHead(in, bits);
        heads.put(head.name(), head);
      }
      return new TriageModel(version, bits, thresholds, heads);
    } catch (IOException e) {
      throw new IllegalArgumentException("unreadable triage model file: " + e.getMessage(), e);
    }
  }

  private static byte[] body(TriageModel model) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(model.bits());
      Map<String, Double> thresholds = new TreeMap<>(model.thresholds());
      out.writeInt(thresholds.size());
      for (Map.Entry<String, Double> t : thresholds.entrySet()) {
        out.writeUTF(t.getKey());
        out.writeDouble(t.getValue());
      }
      out.writeInt(model.heads().size());
      for (LinearHead head : model.heads().values()) {
        writeHead(out, head);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write model to memory", e);
    }
    return bytes.toByteArray();
  }

  private static void writeHead(DataOutputStream out, LinearHead head) throws IOException {
    out.writeUTF(head.name());
    out.writeInt(head.labels().size());
    for (String label : head.labels()) {
      out.writeUTF(label);
    }
    out.writeFloat(head.scale());
    short[] weights = head.quantized();
    ByteBuffer buffer = ByteBuffer.allocate(weights.length * 2).order(ByteOrder.BIG_ENDIAN);
    buffer.asShortBuffer().put(weights);
    out.write(buffer.array());
  }

  private static LinearHead readHead(DataInputStream in, int bits) throws IOException {
    String name = in.readUTF();
    List<String> labels = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      labels.add(in.readUTF());
    }
    float scale = in.readFloat();
    byte[] raw = new byte[(1 << bits) * labels.size() * 2];
    in.readFully(raw);
    short[] weights = new short[raw.length / 2];
    ByteBuffer.wrap(raw).order(ByteOrder.BIG_ENDIAN).asShortBuffer().get(weights);
    return new LinearHead(name, labels, bits, weights, scale);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }
}
