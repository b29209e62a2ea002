package org.atelier.spi.directory;

import java.util.List;
import java.util.Optional;

/**
 * The host's view of its workers' profiles, which matching and mentor recommendations
 * read. Optional: without one, matching works from the profiles given to it directly.
 *
 * <p>Implementations must be thread-safe. Results may be stale; Atelier only reads.
 *
 * @since 0.1
 */
public interface WorkerDirectory {

  /**
   * Looks up one worker.
   *
   * @param workerId the id
   * @return the profile, or empty if unknown
   */
  Optional<WorkerProfile> find(String workerId);

  /**
   * The workers who may mentor.
   *
   * @return their profiles, in a stable order
   */
  List<WorkerProfile> mentors();

  /**
   * The workers who look for internships.
   *
   * @return their profiles, in a stable order
   */
  List<WorkerProfile> interns();
}
