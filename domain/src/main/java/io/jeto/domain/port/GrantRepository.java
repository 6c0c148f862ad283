package io.jeto.domain.port;

import io.jeto.domain.access.Grant;
import io.jeto.domain.access.NewGrant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stores who may do what. */
public interface GrantRepository {

  Grant add(NewGrant grant);

  Optional<Grant> findById(long id);

  /** Every grant, by identifier. */
  List<Grant> findAll();

  /** The grants naming the user itself or one of the teams. */
  List<Grant> findFor(long userId, Set<Long> teamIds);

  boolean delete(long id);
}
