// The page under test: Uppy with @uppy/transloadit, bundled by driver.mjs with esbuild.
// It records which Uppy events fired and what came over the Server-Sent Events stream, so the
// test can tell the live path (SSE) from the polling fallback (`sse: false` hides EventSource).
import Uppy from '@uppy/core'
import Transloadit from '@uppy/transloadit'

const WATCHED = [
  'transloadit:assembly-created',
  'transloadit:upload',
  'transloadit:assembly-executing',
  'transloadit:result',
  'transloadit:complete',
  'transloadit:assembly-error',
  'upload-error',
  'error',
]

// Named events @uppy/transloadit listens for; `message` carries the unnamed ones.
const SSE_EVENTS = [
  'message',
  'assembly_upload_finished',
  'assembly_result_finished',
  'assembly_execution_progress',
  'assembly_error',
]

// Wraps (or, for the polling run, replaces with a stream that never opens) the EventSource that
// Uppy constructs, recording its URL, whether it opened and every event it delivered.
function instrumentEventSource(sse, record) {
  const Native = window.EventSource
  if (!sse) {
    window.EventSource = class NeverOpens {
      constructor(url) {
        record.url = String(url)
      }
      addEventListener() {}
      removeEventListener() {}
      close() {}
    }
    return
  }
  window.EventSource = class Recorded extends Native {
    constructor(url, init) {
      super(url, init)
      record.url = String(url)
      this.addEventListener('open', () => {
        record.opened = true
      })
      this.addEventListener('error', () => {
        record.errors += 1
      })
      for (const type of SSE_EVENTS) {
        this.addEventListener(type, (e) => record.received.push(type === 'message' ? e.data : type))
      }
    }
  }
}

function describeError(error) {
  return {
    name: error?.name ?? null,
    message: String(error?.message ?? error),
    details: error?.details ?? null,
    assembly: error?.assembly ?? null,
  }
}

// What the page gets when it shows a result (<img>) and when it fetches it (CORS).
async function inspectResult(url) {
  const image = new Image()
  const shown = await new Promise((resolve) => {
    image.onload = () => resolve({ width: image.naturalWidth, height: image.naturalHeight })
    image.onerror = () => resolve(null)
    image.src = url
  })
  try {
    const response = await fetch(url)
    const body = await response.arrayBuffer()
    return { url, shown, fetched: { status: response.status, type: response.headers.get('content-type'), size: body.byteLength } }
  } catch (error) {
    return { url, shown, fetched: { error: String(error) } }
  }
}

// files: [{ name, base64, meta }]. Resolves with what happened, failures included.
window.runUpload = async ({ service, params, signature, fields, files, sse = true }) => {
  const stream = { url: null, opened: false, errors: 0, received: [] }
  instrumentEventSource(sse, stream)

  const uppy = new Uppy({ autoProceed: false })
  uppy.use(Transloadit, {
    service,
    waitForEncoding: true,
    errorReporting: false, // it would POST failures to transloaditstatus.com
    assemblyOptions: { params, signature, fields },
  })
  const events = []
  for (const name of WATCHED) uppy.on(name, () => events.push(name))
  const uploads = []
  uppy.on('transloadit:upload', (file) => uploads.push({ id: file.id, name: file.name, tus_upload_url: file.tus_upload_url }))
  const results = []
  uppy.on('transloadit:result', (stepName, result) => results.push({ stepName, id: result.id, original_id: result.original_id }))
  const errors = []
  uppy.on('upload-error', (file, error) => errors.push({ file: file?.name ?? null, ...describeError(error) }))
  uppy.on('transloadit:assembly-error', (assembly, error) => errors.push({ file: null, ...describeError(error) }))
  let completed = null
  uppy.on('transloadit:complete', (assembly) => {
    completed = assembly
  })

  const ids = files.map(({ name, base64, meta }) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
    return uppy.addFile({ name, type: 'image/jpeg', data: new Blob([bytes], { type: 'image/jpeg' }), meta })
  })
  let outcome = null
  try {
    outcome = await uppy.upload()
  } catch (error) {
    errors.push({ file: null, ...describeError(error) })
  }
  const shownResults = []
  for (const list of Object.values(completed?.results ?? {})) {
    for (const result of list) shownResults.push(await inspectResult(result.ssl_url))
  }
  return {
    assembly: completed,
    shownResults,
    events,
    uploads,
    results,
    errors,
    stream,
    successful: outcome?.successful?.length ?? 0,
    failed: outcome?.failed?.length ?? 0,
    resultData: (outcome?.transloadit ?? []).map((status) => status.ok),
    files: ids.map((id) => {
      const file = uppy.getFile(id)
      return { name: file.name, uploadURL: file.uploadURL ?? null, assembly: file.transloadit?.assembly ?? null }
    }),
  }
}
