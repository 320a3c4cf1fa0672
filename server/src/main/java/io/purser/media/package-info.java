/**
 * Customers' attachments: each image a customer sends is fetched from the network once, kept with
 * its message and served to agents from Purser itself; screenshots are read by local OCR
 * (Tesseract) and the flights they show are offered to the airline actions. Plain-Java reading of
 * the recognised text is in {@link io.purser.media.domain}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Media")
package io.purser.media;
