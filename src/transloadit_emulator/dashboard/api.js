// Signed calls to the emulator's API, as the SDKs make them: params JSON with auth.key and
// auth.expires, and its HMAC-SHA384 (WebCrypto) as `sha384:<hex>`. The key and secret live in
// sessionStorage only, so they leave with the tab.

const STORE = 'transloadit-dashboard-credentials'
const encoder = new TextEncoder()

/** An answer of the API that carries an error code (or a network failure, code NETWORK). */
export class ApiError extends Error {
  constructor (status, body) {
    super(body?.message || body?.error || `HTTP ${status}`)
    this.status = status
    this.code = body?.error || `HTTP_${status}`
    this.body = body
  }
}

/** The stored { key, secret }, or null when nobody signed in. */
export function credentials () {
  try {
    const stored = JSON.parse(sessionStorage.getItem(STORE) || 'null')
    return stored && stored.key && stored.secret ? stored : null
  } catch {
    return null
  }
}

export function signIn (key, secret) {
  sessionStorage.setItem(STORE, JSON.stringify({ key, secret }))
}

export function signOut () {
  sessionStorage.removeItem(STORE)
}

// Seconds the emulator's clock is ahead of this browser's (the control plane can move it): API
// signatures expire by the emulator's time, the control plane's by the system's, so an offset only
// ever pushes auth.expires later.
let clockOffset = 0
export function setClockOffset (seconds) {
  clockOffset = Math.max(0, Number(seconds) || 0)
}

function hex (buffer) {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('')
}

/** [params JSON, signature] for `extra` params plus auth, signed with the stored secret. */
export async function signed (extra = {}) {
  const creds = credentials()
  if (!creds) throw new ApiError(401, { error: 'NOT_SIGNED_IN', message: 'Sign in with a key and secret.' })
  const expires = new Date(Date.now() + (clockOffset + 3600) * 1000).toISOString()
  const params = JSON.stringify({ ...extra, auth: { key: creds.key, expires } })
  const key = await crypto.subtle.importKey(
    'raw', encoder.encode(creds.secret), { name: 'HMAC', hash: 'SHA-384' }, false, ['sign'])
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(params))
  return [params, `sha384:${hex(mac)}`]
}

async function answer (response) {
  const text = await response.text()
  let body = null
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    body = { message: text.slice(0, 200) }
  }
  if (!response.ok) throw new ApiError(response.status, body)
  return body
}

async function send (path, init) {
  let response
  try {
    response = await fetch(path, { cache: 'no-store', ...init })
  } catch (error) {
    throw new ApiError(0, { error: 'NETWORK', message: `The emulator did not answer (${error.message}).` })
  }
  return answer(response)
}

/** A signed request with params and signature in the query string (GET, and DELETEs that take them so). */
export async function query (method, path, extra = {}) {
  const [params, signature] = await signed(extra)
  const search = new URLSearchParams({ params, signature })
  return send(`${path}${path.includes('?') ? '&' : '?'}${search}`, { method })
}

/** A signed GET. */
export function get (path, extra = {}) {
  return query('GET', path, extra)
}

/** A signed request with a urlencoded body (params, signature and any extra form fields). */
export async function call (method, path, extra = {}, fields = {}) {
  const [params, signature] = await signed(extra)
  const body = new URLSearchParams({ ...fields, params, signature })
  return send(path, { method, body })
}

/** An unsigned GET of this emulator (the spec, an Assembly's status URL). */
export async function plain (path) {
  return send(path, { method: 'GET' })
}
