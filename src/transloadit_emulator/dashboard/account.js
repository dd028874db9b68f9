// Credentials (secrets masked) and capacity: job slots and the Assembly rate limits as gauges.
import { credentials, get } from './api.js'
import { h, fill, note, gauge, table, when } from './ui.js'

const POLL_MS = 2000

/** A secret shown as dots with its length, never its characters. */
export function mask (value) {
  if (value === null || value === undefined || value === '') return '—'
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return h('span.masked', { title: `${text.length} characters, hidden` }, '•'.repeat(Math.min(12, Math.max(6, text.length))))
}

function gauges (answer) {
  const slots = answer.priority_job_slots || {}
  const queues = slots.queues || {}
  const limits = answer.rate_limits || {}
  return h('div.gauges',
    gauge('Account job slots', slots.in_use ?? 0, slots.total ?? 0, slots.waiting ? `${slots.waiting} waiting` : ''),
    gauge('This IP\'s job slots', slots.ip_in_use ?? 0, slots.per_ip ?? 0),
    Object.entries(queues).map(([name, q]) =>
      gauge(`${name} queue`, q.in_use ?? 0, slots.total ?? 0, `${q.running ?? 0} running · ${q.waiting ?? 0} waiting`)),
    limits.assemblies_per_minute
      ? gauge('Assemblies created / minute', limits.assemblies_per_minute.used, limits.assemblies_per_minute.limit)
      : null,
    limits.running_assemblies
      ? gauge('Assemblies running at once', limits.running_assemblies.used, limits.running_assemblies.limit)
      : null)
}

export function render (main) {
  const creds = credentials()
  const capacity = h('div', note('Loading…'))
  const templateCredentials = h('div', note('Loading…'))
  const authKeys = h('div', note('Loading…'))
  fill(main, h('h1', 'Credentials & capacity'),
    h('section', h('h2', 'Signed in as'), table(['Auth Key', 'Auth Secret'], [[h('code', creds.key), mask(creds.secret)]])),
    h('section', h('h2', 'Job slots and rate limits'), capacity),
    h('section', h('h2', 'Template Credentials'), templateCredentials),
    h('section', h('h2', 'Auth Keys'), authKeys))

  get('/template_credentials').then((answer) => {
    fill(templateCredentials, table(['Name', 'Type', 'Content', 'Modified'], (answer.credentials || []).map((c) => [
      h('code', c.name), c.type,
      h('dl.kv', Object.entries(c.content || {}).map(([k, v]) => [h('dt', k), h('dd', mask(v))])),
      when(c.modified || c.created)]), 'No Template Credentials yet.'))
  }).catch((error) => fill(templateCredentials, note(`${error.code}: ${error.message}`, 'bad')))

  get('/auth_keys').then((answer) => {
    const keys = answer.items || answer.auth_keys || []
    fill(authKeys, table(['Auth Key', 'Secret', 'Scopes', 'Description'], keys.map((k) => [
      h('code', k.key), k.secret ? mask(k.secret) : h('span.masked', '••••••'), (k.scopes || []).join(' '), k.description || '']),
    'Only the account\'s own key.'))
  }).catch((error) => fill(authKeys, note(`${error.code}: ${error.message}`, error.status === 403 ? 'info' : 'bad')))

  let timer = null
  let stopped = false
  async function poll () {
    try {
      fill(capacity, gauges(await get('/queues/job_slots')))
    } catch (error) {
      fill(capacity, note(`${error.code}: ${error.message}`, 'bad'))
    }
    if (!stopped) timer = setTimeout(poll, POLL_MS)
  }
  poll()
  return () => { stopped = true; clearTimeout(timer) }
}
