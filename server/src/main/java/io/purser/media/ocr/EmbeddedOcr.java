package io.purser.media.ocr;

import static org.bytedeco.leptonica.global.leptonica.pixDestroy;
import static org.bytedeco.leptonica.global.leptonica.pixReadMem;
import static org.bytedeco.tesseract.global.tesseract.PSM_AUTO;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.bytedeco.tesseract.TessBaseAPI;

/**
 * The embedded engine's process: Tesseract and Leptonica from the jar (JavaCPP's builds), run in a
 * child JVM that {@link EmbeddedEngine} starts per image, so it answers exactly as the {@code
 * tesseract stdin stdout --psm 3} command does: the image on standard input, the text on standard
 * output, exit code 0. A crash or a hang here ends this process, never the server, and the server
 * kills it at its time limit.
 *
 * <p>Exit codes: 1 when the bytes are no image Leptonica reads, 2 when Tesseract cannot start (no
 * language data in the folder given), 64 when called wrongly.
 */
public final class EmbeddedOcr {

  private EmbeddedOcr() {}

  /**
   * Reads one image.
   *
   * @param args the folder holding {@code eng.traineddata}
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: EmbeddedOcr <tessdata folder> < image > text");
      System.exit(64);
    }
    byte[] image = System.in.readAllBytes();
    var pix = pixReadMem(image, image.length);
    if (pix == null) {
      System.err.println("not an image Leptonica can read (" + image.length + " bytes)");
      System.exit(1);
    }
    var tesseract = new TessBaseAPI();
    if (tesseract.Init(args[0], "eng") != 0) {
      System.err.println("Tesseract found no eng.traineddata in " + args[0]);
      System.exit(2);
    }
    try {
      tesseract.SetPageSegMode(PSM_AUTO);
      tesseract.SetImage(pix);
      var text = tesseract.GetUTF8Text();
      var out = text == null ? "" : text.getString(StandardCharsets.UTF_8);
      System.out.write(out.getBytes(StandardCharsets.UTF_8));
      System.out.flush();
      if (text != null) {
        text.deallocate();
      }
    } finally {
      tesseract.End();
      pixDestroy(pix);
    }
  }
}
