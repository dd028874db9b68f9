// Drives the official Node SDK, unchanged, against the emulator; prints one JSON document.
// Usage: node run_sdk.mjs '{"endpoint": ..., "key": ..., "secret": ..., "photo": "/path/to.jpg", "empty": "/path/to/zerobytes.jpg"}'
import { readFile } from 'node:fs/promises'
import { Transloadit } from '@transloadit/node'

const config = JSON.parse(process.argv[2])
const client = new Transloadit({
  authKey: config.key,
  authSecret: config.secret,
  endpoint: config.endpoint,
  // The SDK checks every answer against its own zod schemas: a wrong field fails the run.
  validateResponses: true,
})
const steps = { resize: { robot: '/image/resize', use: ':original', width: 64, height: 64 } }

const created = await client.createAssembly({
  params: { steps, fields: { origin: 'node-sdk' } },
  files: { photo: config.photo },
  uploads: { 'buffer.jpg': await readFile(config.photo) },
  waitForCompletion: true,
  timeout: 60000,
})
// A result downloaded from its ssl_url (https on the TLS port, trusted through NODE_EXTRA_CA_CERTS).
const download = await fetch(created.results.resize[0].ssl_url)
const downloaded = { status: download.status, bytes: (await download.arrayBuffer()).byteLength }
const listed = await client.listAssemblies({ pagesize: 50 })
const pending = await client.createAssembly({ params: { steps }, expectedUploads: 1 })
const canceled = await client.cancelAssembly(pending.assembly_id)
const bill = await client.getBill(created.start_date.slice(0, 7).replace('/', '-'))

// The SDK's own live test: its zerobytes.jpg into /image/resize fails with INVALID_INPUT_ERROR.
const empty = await client
  .createAssembly({ params: { steps }, files: { file: config.empty }, waitForCompletion: true, timeout: 60000 })
  .then(
    (status) => ({ resolved: status.error ?? status.ok }),
    (err) => ({ code: err.code, assemblyId: err.assemblyId }),
  )

console.log(JSON.stringify({ created, downloaded, listed, pending, canceled, bill, empty }))
