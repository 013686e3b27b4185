/**
 * Counts macrotasks that ran while something was awaited: each tick queues the next with
 * `setImmediate`, so a tick runs whenever the event loop gets a turn.
 */
export function startTicker(): { stop(): number } {
  let ticks = 0
  let running = true
  const tick = () => {
    if (!running) return
    ticks++
    setImmediate(tick)
  }
  setImmediate(tick)
  return {
    stop() {
      running = false
      return ticks
    },
  }
}
