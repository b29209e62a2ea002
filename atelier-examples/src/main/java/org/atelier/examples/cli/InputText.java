package org.atelier.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The text of an input file named on the command line, or of standard input for {@code -}.
 *
 * @param name how messages name the input: the path as given, or {@code <stdin>}
 * @param text the whole input, decoded as UTF-8
 */
record InputText(String name, String text) {

  /**
   * Reads an input.
   *
   * @param file the path as given, or {@code -} for standard input
   * @param stdin standard input
   * @return the input's name and text
   * @throws BadInputException if the file cannot be read or is not UTF-8
   */
  static InputText read(String file, InputStream stdin) {
    String name = "-".equals(file) ? "<stdin>" : file;
    byte[] bytes;
    try {
      bytes = "-".equals(file) ? stdin.readAllBytes() : Files.readAllBytes(Path.of(file));
    } catch (NoSuchFileException e) {
      throw new BadInputException(name + ": no such file; expected a path to a JSON file, or - for standard input");
    } catch (IOException e) {
      throw new BadInputException(name + ": cannot be read: " + e.getMessage());
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return new InputText(name, text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (CharacterCodingException e) {
      throw new BadInputException(name + ": expected UTF-8 text, got bytes that are not UTF-8");
    }
  }

  /**
   * Runs a read of this input and prefixes any bad-input message with the input's name.
   *
   * @param <T> what the read returns
   * @param read the read, such as a scenario reader's
   * @return what it returned
   * @throws BadInputException naming this input, then the reader's message
   */
  <T> T parse(java.util.function.Function<String, T> read) {
    try {
      return read.apply(text);
    } catch (BadInputException e) {
      throw new BadInputException(name + ": " + e.getMessage());
    }
  }
}
