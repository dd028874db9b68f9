// The page under test: Uppy with @uppy/transloadit, bundled by driver.mjs with esbuild.
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

window.runUpload = async ({ service, params, signature, fileBase64, fileName }) => {
  const uppy = new Uppy({ autoProceed: false })
  uppy.use(Transloadit, { service, waitForEncoding: true, assemblyOptions: { params, signature } })
  const events = []
  for (const name of WATCHED) uppy.on(name, () => events.push(name))
  const complete = new Promise((resolve, reject) => {
    uppy.on('transloadit:complete', resolve)
    uppy.on('transloadit:assembly-error', (assembly, error) => reject(new Error(`assembly error: ${error}`)))
    uppy.on('error', (error) => reject(new Error(`uppy error: ${error}`)))
  })
  const bytes = Uint8Array.from(atob(fileBase64), (c) => c.charCodeAt(0))
  uppy.addFile({ name: fileName, type: 'image/jpeg', data: new Blob([bytes], { type: 'image/jpeg' }) })
  const outcome = await uppy.upload()
  const assembly = await complete
  return { assembly, events, successful: outcome.successful.length, failed: outcome.failed.length }
}
