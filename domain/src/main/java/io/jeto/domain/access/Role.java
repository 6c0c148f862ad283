package io.jeto.domain.access;

import java.util.Arrays;
import java.util.Optional;

/** What a user is in Jeto: an administrator may do everything, a user what it is granted. */
public enum Role {
  ADMIN("admin"),
  USER("user");

  private final String wireName;

  Role(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<Role> fromWireName(String name) {
    return Arrays.stream(values()).filter(role -> role.wireName.equals(name)).findFirst();
  }
}
