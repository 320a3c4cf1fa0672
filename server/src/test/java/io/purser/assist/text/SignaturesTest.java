package io.purser.assist.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignaturesTest {

  @Test
  void removesEachBrandsSignatureStyle() {
    assertThat(Signatures.strip("__cust__  You are welcome. *TMC")).isEqualTo("You are welcome.");
    assertThat(Signatures.strip("Thanks for sharing the love! ^NA"))
        .isEqualTo("Thanks for sharing the love!");
    assertThat(Signatures.strip("Sorry for the inconvenience caused. ^Rach"))
        .isEqualTo("Sorry for the inconvenience caused.");
    assertThat(Signatures.strip("Please DM us. -AB")).isEqualTo("Please DM us.");
    assertThat(Signatures.strip("We'll look into it. *A")).isEqualTo("We'll look into it.");
  }

  @Test
  void keepsWordsThatOnlyLookLikeASignature() {
    assertThat(Signatures.strip("Open from 7:00 AM - 1:00 AM."))
        .isEqualTo("Open from 7:00 AM - 1:00 AM.");
    assertThat(Signatures.strip("Your A-List status")).isEqualTo("Your A-List status");
  }
}
