// Assemblies: the account's list, polled (GET /assemblies, signed), with busy ones followed live.
import { get } from './api.js'
import { h, fill, note, statusBadge, when, seconds, bytes } from './ui.js'
import { follow, isBusy } from './live.js'

const POLL_MS = 2000
// Browsers keep about six HTTP/1.1 connections per origin: a few streams leave room for the API calls.
const MAX_STREAMS = 3
const TYPES = ['all', 'uploading', 'executing', 'completed', 'failed', 'canceled']

export function render (main) {
  const live = new Map() // id -> { stop, status, event }
  let type = 'all'
  const body = h('div')
  const select = h('select', { 'aria-label': 'Show', onchange: () => { type = select.value; poll() } },
    TYPES.map((t) => h('option', { value: t }, t)))
  fill(main, h('div.toolbar', h('h1', 'Assemblies'), h('span.grow'), h('label.inline', 'Show ', select),
    h('span.hint', 'live: the event stream for busy Assemblies, the list every 2 s')), body)

  function row (item) {
    const state = live.get(item.id)
    // The stream's status unless the list already knows a later one (the Assembly ended).
    const status = state?.status && (isBusy(item) || !isBusy(state.status)) ? state.status : item
    const listed = (() => { try { return JSON.parse(item.files || '[]') } catch { return [] } })()
    // tus uploads arrive after creation: the followed status names them
    const files = (listed.length ? listed : (status.uploads || []).map((u) => u.name)).join(', ')
    return h('tr', { 'data-id': item.id },
      h('td', statusBadge(status.ok, status.error), state?.event ? h('span.event', state.event) : null),
      h('td', h('a.mono', { href: `#/assemblies/${item.id}` }, item.id)),
      h('td', when(item.created)),
      h('td', files || '—'),
      h('td', item.template_id ? h('code', item.template_id) : '—'),
      h('td.num', seconds(status.execution_duration ?? item.execution_duration)),
      h('td.num', bytes(status.bytes_usage ?? item.bytes_usage)))
  }

  let items = []
  function draw () {
    if (!items.length) return fill(body, note('No Assemblies yet. Create one with any SDK; it shows up here.'))
    fill(body, h('table',
      h('thead', h('tr', ['Status', 'Assembly', 'Created', 'Files', 'Template', 'Execution', 'Bytes'].map((c) => h('th', c)))),
      h('tbody', items.map(row))))
  }

  function watch (item) {
    if (live.has(item.id) || !isBusy(item)) return
    if ([...live.values()].filter((s) => s.stop).length >= MAX_STREAMS) return // polled until a stream frees up
    const state = { status: null, event: 'following', stop: null }
    live.set(item.id, state)
    state.stop = follow(item.id, (status, event) => {
      state.status = status
      state.event = isBusy(status) ? event : ''
      if (!isBusy(status)) {
        state.stop?.()
        state.stop = null
      }
      draw()
    }, () => live.delete(item.id)) // a broken stream: the list's polling takes over
  }

  let timer = null
  let stopped = false
  async function poll () {
    clearTimeout(timer)
    try {
      const list = await get('/assemblies', { pagesize: 50, type })
      items = list.items || []
      items.forEach(watch)
      draw()
    } catch (error) {
      fill(body, note(`${error.code || 'ERROR'}: ${error.message}`, 'bad'))
    }
    if (!stopped) timer = setTimeout(poll, POLL_MS)
  }
  poll()
  return () => {
    stopped = true
    clearTimeout(timer)
    for (const state of live.values()) state.stop?.()
  }
}
