package io.purser.routing.domain;

/**
 * The customer's standing in the airline's loyalty programme, as the booking system reports it.
 * Worth a few points at most: a frequent flyer is helped a little sooner, never instead of a
 * stranded traveller.
 */
public enum LoyaltyTier {
  MEMBER,
  ELITE,
  VIP
}
