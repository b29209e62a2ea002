package org.atelier.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.atelier.spi.directory.WorkerProfile;
import org.junit.jupiter.api.Test;

class InMemoryWorkerDirectoryTest {
  @Test
  void listsAreInIdOrder_andFindLooksInBoth() {
    InMemoryWorkerDirectory directory = new InMemoryWorkerDirectory()
        .putMentor(profile("men-2")).putMentor(profile("men-1")).putIntern(profile("int-9")).putIntern(profile("int-3"));

    assertThat(directory.mentors()).extracting(WorkerProfile::id).containsExactly("men-1", "men-2");
    assertThat(directory.interns()).extracting(WorkerProfile::id).containsExactly("int-3", "int-9");
    assertThat(directory.find("int-9")).contains(profile("int-9"));
    assertThat(directory.find("nobody")).isEmpty();
  }

  @Test
  void put_replacesAProfile_andRemoveForgetsIt() {
    InMemoryWorkerDirectory directory = new InMemoryWorkerDirectory().putMentor(profile("men-1"));
    WorkerProfile busier = new WorkerProfile("men-1", Map.of("java", 5), Set.of(), 4.0, 5, 3);

    directory.putMentor(busier);

    assertThat(directory.mentors()).containsExactly(busier);
    assertThat(directory.remove("men-1")).isTrue();
    assertThat(directory.remove("men-1")).isFalse();
    assertThat(directory.find("men-1")).isEmpty();
  }

  private static WorkerProfile profile(String id) {
    return new WorkerProfile(id, Map.of("java", 3), Set.of("sql"), 4.5, 10, 2);
  }
}
