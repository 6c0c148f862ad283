package io.jeto.adapters.persistence;

/** Opens test databases with one fixed parameter key, so that each can be opened again. */
final class TestPersistence {

  /** A key of 32 bytes 1, 2, ... 32. */
  static final byte[] PARAM_KEY = key(1);

  /** Another key, for a database opened with the wrong one. */
  static final byte[] OTHER_KEY = key(101);

  private TestPersistence() {}

  static JdbiPersistence open(String jdbcUrl) {
    return JdbiPersistence.open(jdbcUrl, PARAM_KEY);
  }

  private static byte[] key(int first) {
    byte[] key = new byte[ParamCipher.KEY_LENGTH];
    for (int index = 0; index < key.length; index++) {
      key[index] = (byte) (first + index);
    }
    return key;
  }
}
