/** Runs async tasks one at a time, in arrival order (publishes must not interleave). */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  /** Returns the result of `task`, started once every earlier task has settled. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    // A failed task must not stop the ones behind it.
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves when every task queued so far has settled. */
  async drain(): Promise<void> {
    await this.tail;
  }
}
