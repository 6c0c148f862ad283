package io.jeto.application.service;

import io.jeto.domain.instance.EnvironmentStatus;
import io.jeto.domain.instance.JetoInfos;
import io.jeto.domain.port.VagrantCall;
import io.jeto.domain.port.VagrantEnvironmentReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test double: answers with the status it was told to and remembers every call. */
final class FakeVagrantEnvironmentReader implements VagrantEnvironmentReader {

  private final List<VagrantCall> statusCalls = new ArrayList<>();
  private EnvironmentStatus status = EnvironmentStatus.unknown();
  private JetoInfos jetoInfos = JetoInfos.none();

  void willReport(EnvironmentStatus next) {
    status = next;
  }

  void willReadJetoInfos(JetoInfos next) {
    jetoInfos = next;
  }

  @Override
  public EnvironmentStatus status(VagrantCall call) {
    statusCalls.add(call);
    return status;
  }

  @Override
  public JetoInfos jetoInfos(Path directory) {
    return jetoInfos;
  }

  List<VagrantCall> statusCalls() {
    return List.copyOf(statusCalls);
  }
}
