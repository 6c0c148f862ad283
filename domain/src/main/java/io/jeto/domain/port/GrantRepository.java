package io.jeto.domain.port;

import io.jeto.domain.access.Grant;
import io.jeto.domain.access.NewGrant;
import java.util.List;

/** Stores who may do what. */
public interface GrantRepository {

  Grant add(NewGrant grant);

  List<Grant> findByUser(long userId);
}
