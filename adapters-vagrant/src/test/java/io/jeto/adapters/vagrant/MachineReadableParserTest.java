package io.jeto.adapters.vagrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MachineReadableParserTest {

  private final MachineReadableParser parser = new MachineReadableParser();

  @Test
  void givenSingleMachineStatus_parse_givesEveryRecordInOrder() {
    String output = Fixtures.read("status-not-created.txt");

    List<MachineReadableRecord> records = parser.parse(output);

    assertThat(records)
        .extracting(MachineReadableRecord::target, MachineReadableRecord::type)
        .containsExactly(
            tuple("default", "metadata"),
            tuple("default", "provider-name"),
            tuple("default", "state"),
            tuple("default", "state-human-short"),
            tuple("default", "state-human-long"),
            tuple("", "ui"));
    assertThat(records.getFirst().timestamp()).isEqualTo(Instant.ofEpochSecond(1796399542));
    assertThat(records.getFirst().data()).containsExactly("provider", "lxc");
  }

  @Test
  void givenEscapedData_parse_restoresCommasAndNewlines() {
    String output = "1700000000,,ui,info,one%!(VAGRANT_COMMA) two\\nthree\\rfour\n";

    List<MachineReadableRecord> records = parser.parse(output);

    assertThat(records)
        .singleElement()
        .satisfies(
            record -> {
              assertThat(record.type()).isEqualTo("ui");
              assertThat(record.data()).containsExactly("info", "one, two\nthree\rfour");
            });
  }

  @Test
  void givenOddMachineNames_parse_keepsEachTargetWhole() {
    String output = Fixtures.read("status-odd-machine-names.txt");

    List<MachineReadableRecord> records = parser.parse(output);

    assertThat(records)
        .filteredOn(record -> record.type().equals("metadata"))
        .extracting(MachineReadableRecord::target)
        .containsExactly(
            "web-1",
            "app.v2",
            "db_primary",
            "with space",
            "comma,name",
            "ünïcode",
            "back\\slash",
            "new\nline");
    assertThat(records).filteredOn(record -> record.type().equals("state")).hasSize(8);
  }

  @Test
  void givenNamesWithACommaAndATypeWord_parse_keepsEachTargetWhole() {
    String output = Fixtures.read("status-type-word-names.txt");

    List<MachineReadableRecord> records = parser.parse(output);

    assertThat(records)
        .filteredOn(record -> !record.target().isEmpty())
        .extracting(MachineReadableRecord::target)
        .containsOnly("ok", "a,metadata", "c,ui");
    assertThat(records)
        .filteredOn(record -> record.type().equals("provider-name"))
        .extracting(MachineReadableRecord::target, MachineReadableRecord::data)
        .containsExactly(
            tuple("ok", List.of("lxc")),
            tuple("a,metadata", List.of("lxc")),
            tuple("c,ui", List.of("lxc")));
  }

  @Test
  void givenNameThatEndsInErrorExit_parse_givesNoErrorExitRecord() {
    String output = Fixtures.read("status-error-exit-name.txt");

    List<MachineReadableRecord> records = parser.parse(output);

    assertThat(records).extracting(MachineReadableRecord::type).doesNotContain("error-exit");
    assertThat(records)
        .filteredOn(record -> record.type().equals("state"))
        .extracting(MachineReadableRecord::target)
        .containsExactly("ok", "b,error-exit");
  }

  @Test
  void givenNamesThatStartOneAnother_parse_givesEachRecordTheNameThatFits() {
    String output = Fixtures.read("status-prefix-names.txt");

    List<MachineReadableRecord> records = parser.parse(output);

    assertThat(records)
        .filteredOn(record -> record.type().equals("state"))
        .extracting(MachineReadableRecord::target, MachineReadableRecord::data)
        .containsExactly(
            tuple("a", List.of("not_created")),
            tuple("a,state", List.of("not_created")),
            tuple("a,state,running", List.of("not_created")),
            tuple("a,metadata,provider,lxc", List.of("not_created")));
  }

  @Test
  void givenNamesThatAreTypeWords_parse_takesThemAsTargets() {
    String output = Fixtures.read("status-bare-type-names.txt");

    List<MachineReadableRecord> records = parser.parse(output);

    assertThat(records)
        .filteredOn(record -> record.type().equals("state-human-short"))
        .extracting(MachineReadableRecord::target)
        .containsExactly("state", "ui", "metadata");
    assertThat(records.getLast().target()).isEmpty();
    assertThat(records.getLast().type()).isEqualTo("ui");
  }

  @Test
  void givenNameWithVagrantsCommaEscape_parse_keepsTheTargetAsWritten() {
    String output = Fixtures.read("status-escaped-comma-name.txt");

    List<MachineReadableRecord> records = parser.parse(output);

    assertThat(records)
        .filteredOn(record -> record.type().equals("metadata"))
        .extracting(MachineReadableRecord::target)
        .containsExactly("x%!(VAGRANT_COMMA)y", "z");
  }

  @Test
  void givenNamesWithNewlineCommaAndTypeWord_parse_joinsEachIntoItsTarget() {
    String output = Fixtures.read("status-newline-type-names.txt");

    List<MachineReadableRecord> records = parser.parse(output);

    assertThat(records)
        .filteredOn(record -> record.type().equals("state"))
        .extracting(MachineReadableRecord::target)
        .containsExactly("n\nstate,x", "m,ui\nui", "state\n1,y");
    assertThat(records).hasSize(16);
  }

  @Test
  void givenUnknownTypeForAKnownName_parse_takesTheWholeNameAsTarget() {
    String output = "1,a,b,metadata,provider,lxc\n1,a,b,future-type,x\n";

    List<MachineReadableRecord> records = parser.parse(output);

    assertThat(records)
        .extracting(
            MachineReadableRecord::target, MachineReadableRecord::type, MachineReadableRecord::data)
        .containsExactly(
            tuple("a,b", "metadata", List.of("provider", "lxc")),
            tuple("a,b", "future-type", List.of("x")));
  }

  @Test
  void givenNameLikeTheStartOfATargetlessRecord_parse_leavesThatRecordWithoutTarget() {
    String output = "1,,ui,metadata,provider,lxc\n1,,ui,info,hello\n";

    List<MachineReadableRecord> records = parser.parse(output);

    assertThat(records)
        .extracting(MachineReadableRecord::target, MachineReadableRecord::type)
        .containsExactly(tuple(",ui", "metadata"), tuple("", "ui"));
    assertThat(records.getLast().data()).containsExactly("info", "hello");
  }

  @Test
  void givenPseudoTerminalCapture_parse_dropsTheCarriageReturns() {
    String output = Fixtures.read("status-machine-readable-tty.txt");

    List<MachineReadableRecord> records = parser.parse(output);

    assertThat(records).hasSize(16);
    assertThat(records)
        .flatExtracting(MachineReadableRecord::data)
        .noneMatch(field -> field.endsWith("\r"));
    assertThat(records.get(4).data()).containsExactly("running");
  }

  @Test
  void givenRawSshOutputBetweenRecords_parse_skipsIt() {
    String output = Fixtures.read("ssh-c-machine-readable.txt");

    List<MachineReadableRecord> records = parser.parse(output);

    assertThat(records)
        .extracting(MachineReadableRecord::type, record -> String.join(" ", record.data()))
        .containsExactly(
            tuple("metadata", "provider lxc"),
            tuple("action", "ssh_run start"),
            tuple("action", "ssh_ip start"),
            tuple("action", "ssh_ip end"),
            tuple("action", "ssh_run end"));
  }

  @Test
  void givenErrorExit_parse_givesClassAndUnescapedMessage() {
    String output = Fixtures.read("status-error-unknown-machine.txt");

    List<MachineReadableRecord> records = parser.parse(output);

    assertThat(records.getLast().type()).isEqualTo("error-exit");
    assertThat(records.getLast().data())
        .containsExactly(
            "Vagrant::Errors::MachineNotFound",
            "The machine with the name 'nosuch' was not found configured for\n"
                + "this Vagrant environment.");
  }

  @Test
  void givenNameWithCommaAndNewline_parse_joinsTheLinesIntoOneTarget() {
    String output = "1,a,b\nc,state,running\n1,a,b\nc,state-human-short,running\n";

    List<MachineReadableRecord> records = parser.parse(output);

    assertThat(records)
        .extracting(MachineReadableRecord::target, MachineReadableRecord::type)
        .containsExactly(tuple("a,b\nc", "state"), tuple("a,b\nc", "state-human-short"));
  }

  @Test
  void givenNameWhoseSecondLineLooksLikeATimestamp_parse_stillJoinsIt() {
    String output = "1,new\n42,x,state,running\n";

    List<MachineReadableRecord> records = parser.parse(output);

    assertThat(records)
        .singleElement()
        .satisfies(
            record -> {
              assertThat(record.target()).isEqualTo("new\n42,x");
              assertThat(record.data()).containsExactly("running");
            });
  }

  @Test
  void givenUnknownRecordType_parse_takesTheSecondFieldAsType() {
    String output = "1,,box-name,local/deb12\n1,web,future-type,a,b\n";

    List<MachineReadableRecord> records = parser.parse(output);

    assertThat(records)
        .extracting(
            MachineReadableRecord::target, MachineReadableRecord::type, MachineReadableRecord::data)
        .containsExactly(
            tuple("", "box-name", List.of("local/deb12")),
            tuple("web", "future-type", List.of("a", "b")));
  }

  @Test
  void givenTextThatIsNoRecord_parse_givesNothing() {
    String output = Fixtures.read("status-not-created-human.txt") + "1700000000,cut-off";

    List<MachineReadableRecord> records = parser.parse(output);

    assertThat(records).isEmpty();
  }

  @Test
  void givenEmptyOutput_parse_givesNothing() {
    String output = "";

    List<MachineReadableRecord> records = parser.parse(output);

    assertThat(records).isEmpty();
  }

  @Test
  void givenLastLineWithoutNewline_parse_keepsIt() {
    String output = "1,default,state,running";

    List<MachineReadableRecord> records = parser.parse(output);

    assertThat(records).extracting(MachineReadableRecord::type).containsExactly("state");
  }
}
