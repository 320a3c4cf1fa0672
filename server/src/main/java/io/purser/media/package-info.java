/**
 * Customers' attachments: each image a customer sends is fetched from the network once, kept with
 * its message and served to agents from Purser itself; screenshots are read by local OCR
 * (Tesseract) and the flights they show are offered to the airline actions. Plain-Java reading of
 * the recognised text is in {@link io.purser.media.domain}.
 *
 * <p>Offers: {@link io.purser.media.MediaManagement} (a message's attachments, an image's bytes,
 * the flights a screenshot shows), the port {@link io.purser.media.WhatsAppMediaLookup}, and {@link
 * io.purser.media.domain} (its named interface). Keeps to itself: its tables (media,
 * media_content), the fetch worker with its allow-list of hosts and its size limit, the image type
 * sniffing and the OCR process. Still one flat package beside {@code domain}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Media")
package io.purser.media;
