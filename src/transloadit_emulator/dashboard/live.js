// Following Assemblies over the event stream Uppy uses (`/ws?assembly=ID`, Server-Sent Events).
// Each event triggers a read of the (unsigned) status URL, so callers always get a whole status.
import { plain } from './api.js'

const BUSY = new Set(['ASSEMBLY_UPLOADING', 'ASSEMBLY_EXECUTING', 'ASSEMBLY_REPLAYING'])
const NAMED = ['assembly_upload_finished', 'assembly_result_finished', 'assembly_execution_progress', 'assembly_error']

/** True while the Assembly may still change. */
export function isBusy (status) {
  return !status?.error && BUSY.has(status?.ok)
}

/**
 * Follow one Assembly: onStatus(status, eventName) after every event, onEnd() if the stream breaks.
 * Returns a function that stops.
 * The stream ends after assembly_finished / assembly_error; we close it then (no reconnect loop).
 */
export function follow (assemblyId, onStatus, onEnd = () => {}) {
  const source = new EventSource(`/ws?assembly=${encodeURIComponent(assemblyId)}`)
  let pending = Promise.resolve()
  let queued = false // events that arrive while a read waits share the next one
  let closed = false
  const refresh = (name, final) => {
    if (final) source.close()
    if (queued && !final) return
    queued = true
    pending = pending.then(async () => {
      queued = false
      if (closed && !final) return
      try {
        onStatus(await plain(`/assemblies/${assemblyId}`), name)
      } catch {
        // the next poll of the page shows what happened
      }
    })
  }
  source.onmessage = (event) => refresh(event.data, event.data === 'assembly_finished')
  for (const name of NAMED) source.addEventListener(name, () => refresh(name, name === 'assembly_error'))
  source.onerror = () => { // no reconnect loop: polling keeps the page current
    source.close()
    onEnd()
  }
  return () => {
    closed = true
    source.close()
  }
}
