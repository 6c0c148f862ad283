package io.jeto.adapters.rest;

import io.jeto.application.port.in.CreatedUser;
import io.jeto.domain.access.User;

/** A user as API.md shows it; {@code api_key} is filled only in the answer that creates it. */
record UserJson(long id, String name, String email, String role, boolean disabled, String apiKey) {

  static UserJson fromDomainModel(User user) {
    return new UserJson(
        user.id(), user.name(), user.email(), user.role().wireName(), user.disabled(), null);
  }

  static UserJson fromCreated(CreatedUser created) {
    User user = created.user();
    return new UserJson(
        user.id(),
        user.name(),
        user.email(),
        user.role().wireName(),
        user.disabled(),
        created.apiKey());
  }
}
