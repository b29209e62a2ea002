package org.atelier.core.memory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.atelier.spi.directory.WorkerDirectory;
import org.atelier.spi.directory.WorkerProfile;

/**
 * A {@link WorkerDirectory} held in memory, filled by the host or a test. Lists are in
 * order of worker id, so matching over them is deterministic.
 *
 * <p>Thread-safe: all methods synchronize on the directory.
 *
 * @since 0.1
 */
public final class InMemoryWorkerDirectory implements WorkerDirectory {
  private final TreeMap<String, WorkerProfile> mentors = new TreeMap<>();
  private final TreeMap<String, WorkerProfile> interns = new TreeMap<>();

  /** Creates an empty directory. */
  public InMemoryWorkerDirectory() {}

  /**
   * Adds or replaces a worker who may mentor.
   *
   * @param profile the profile
   * @return this directory
   */
  public synchronized InMemoryWorkerDirectory putMentor(WorkerProfile profile) {
    mentors.put(profile.id(), profile);
    return this;
  }

  /**
   * Adds or replaces a worker who looks for internships.
   *
   * @param profile the profile
   * @return this directory
   */
  public synchronized InMemoryWorkerDirectory putIntern(WorkerProfile profile) {
    interns.put(profile.id(), profile);
    return this;
  }

  /**
   * Removes a worker from both lists.
   *
   * @param workerId the id
   * @return whether the worker was known
   */
  public synchronized boolean remove(String workerId) {
    boolean mentor = mentors.remove(workerId) != null;
    boolean intern = interns.remove(workerId) != null;
    return mentor || intern;
  }

  /**
   * Looks up a worker, as a mentor first, then as an intern.
   *
   * @param workerId the id
   * @return the profile, or empty if unknown
   */
  @Override
  public synchronized Optional<WorkerProfile> find(String workerId) {
    Objects.requireNonNull(workerId, "workerId");
    WorkerProfile mentor = mentors.get(workerId);
    return Optional.ofNullable(mentor != null ? mentor : interns.get(workerId));
  }

  /**
   * The mentors, in order of id.
   *
   * @return a snapshot
   */
  @Override
  public synchronized List<WorkerProfile> mentors() {
    return List.copyOf(mentors.values());
  }

  /**
   * The interns, in order of id.
   *
   * @return a snapshot
   */
  @Override
  public synchronized List<WorkerProfile> interns() {
    return List.copyOf(interns.values());
  }
}
