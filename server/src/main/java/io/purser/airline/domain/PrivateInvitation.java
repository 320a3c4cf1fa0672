package io.purser.airline.domain;

/**
 * What the brand says when it moves a conversation to private messages, in the customer's language
 * (English, French or Spanish; English otherwise). On X it is a public reply with the link that
 * opens a DM to the brand; on Facebook and Instagram a private reply to the comment.
 */
public final class PrivateInvitation {

  private PrivateInvitation() {}

  /** The DM deep link of an X account. */
  public static String xDirectMessageLink(String brandAccountId) {
    return "https://x.com/messages/compose?recipient_id=" + brandAccountId;
  }

  /** A public reply inviting to continue by DM, ending with the link. */
  public static String publicInvitation(String language, String link) {
    var text =
        switch (language == null ? "en" : language) {
          case "fr" ->
              "Nous voulons vous aider pour votre réservation. Écrivez-nous en message privé pour"
                  + " que nous regardions les détails en toute sécurité : ";
          case "es" ->
              "Queremos ayudarle con su reserva. Escríbanos por mensaje privado para revisar los"
                  + " detalles con seguridad: ";
          default ->
              "We'd like to help with your booking. Please send us a private message so we can look"
                  + " at the details safely: ";
        };
    return text + link;
  }

  /** A private reply to a public comment, which opens the private thread on Meta's networks. */
  public static String privateReply(String language) {
    return switch (language == null ? "en" : language) {
      case "fr" ->
          "Bonjour, nous vous écrivons en privé au sujet de votre commentaire pour regarder votre"
              + " réservation en toute sécurité. Pouvez-vous nous envoyer votre numéro de"
              + " réservation ici ?";
      case "es" ->
          "Hola, le escribimos en privado sobre su comentario para revisar su reserva con"
              + " seguridad. ¿Puede enviarnos aquí su código de reserva?";
      default ->
          "Hello, we're following up privately on your comment so we can look at your booking"
              + " safely. Could you send us your booking reference here?";
    };
  }
}
