package io.jeto.application.port.in;

import java.util.List;

/** Use case: list the instances the caller may see, each with its last known status. */
public interface ListInstancesUseCase {

  List<InstanceDetails> listInstances(Caller caller);
}
