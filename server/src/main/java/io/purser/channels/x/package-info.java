/**
 * X's webhooks: Account Activity API deliveries ({@code for_user_id} envelope, v1.1 objects) and X
 * Activity API deliveries ({@code data.filter} envelope, v2 objects) parsed into inbound events,
 * the CRC challenge and the {@code x-twitter-webhooks-signature} check. Ids are always read from
 * string fields ({@code id_str}): v1.1's numeric {@code id} does not survive a JavaScript or double
 * round trip.
 */
package io.purser.channels.x;
