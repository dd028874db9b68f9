// Notifications: every delivery to a notify_url, its payload (the Assembly Status it carried) and
// the receiver's answer, with a replay button (POST /assembly_notifications/{id}/replay).
import { get, call } from './api.js'
import { h, fill, note, statusBadge, when, seconds, json } from './ui.js'
import { outboxFor } from './control.js'

export function render (main) {
  const body = h('div', note('Loading…'))
  const message = h('div')
  fill(main, h('div.toolbar', h('h1', 'Notifications'), h('span.grow'),
    h('button.secondary', { onclick: () => load() }, 'Refresh')), message, body)

  // The exact body from the control plane's outbox when the emulator has one, else the status now.
  async function sentBody (n) {
    const sent = await outboxFor(n.assembly_id).catch(() => null)
    const match = sent && (sent.find((item) => item.id === n.id) || sent[0])
    if (match) {
      try { return ['Payload: the transloadit field as sent', JSON.parse(match.payload)] } catch { /* below */ }
    }
    return ['Payload: the Assembly Status it carries (the transloadit field), as it is now',
      await get(`/assemblies/${n.assembly_id}`)]
  }

  async function payload (n, cell) {
    fill(cell, note('Loading the payload…'))
    try {
      const [title, body] = await sentBody(n)
      fill(cell, h('h3', title), json(body),
        n.response_data ? [h('h3', `Receiver's answer (HTTP ${n.response_code ?? '—'})`), h('pre.json', n.response_data)] : null)
    } catch (error) {
      fill(cell, note(`${error.code}: ${error.message}`, 'bad'))
    }
  }

  async function replay (n, button) {
    button.disabled = true
    fill(message, note(`Replaying the Notification of ${n.assembly_id}…`))
    try {
      const answer = await call('POST', `/assembly_notifications/${n.assembly_id}/replay`, { wait: true })
      fill(message, h('p.note.good', { 'data-replay': answer.ok }, `${answer.ok}: ${answer.message || ''}`))
      await load()
    } catch (error) {
      fill(message, h('p.note.bad', { 'data-replay': error.code }, `${error.code}: ${error.message}`))
      button.disabled = false
    }
  }

  function rows (items) {
    return items.flatMap((n) => {
      const detail = h('td', { colSpan: 8 })
      const detailRow = h('tr.detail', detail)
      detailRow.hidden = true
      const toggle = h('button.link', {
        onclick: () => {
          detailRow.hidden = !detailRow.hidden
          if (!detailRow.hidden) payload(n, detail)
        },
      }, 'payload')
      const button = h('button.small', { 'data-action': 'replay', onclick: () => replay(n, button) }, 'Replay')
      return [h('tr', { 'data-id': n.id },
        h('td', statusBadge(n.status === 'failed' ? null : n.status, n.status === 'failed' ? 'failed' : null),
          n.replay ? h('span.event', 'replay') : null),
        h('td', h('a.mono', { href: `#/assemblies/${n.assembly_id}` }, n.assembly_id.slice(0, 12) + '…')),
        h('td.url', n.url),
        h('td.num', n.response_code ?? '—'),
        h('td.num', n.attempts ?? '—'),
        h('td.num', seconds(n.duration)),
        h('td', when(n.created)),
        h('td.actions', toggle, button)), detailRow]
    })
  }

  async function load () {
    try {
      const list = await get('/assembly_notifications', { pagesize: 50 })
      const items = list.items || []
      if (!items.length) return fill(body, note('No Notifications yet: create an Assembly with a notify_url.'))
      fill(body, h('table',
        h('thead', h('tr', ['Status', 'Assembly', 'Sent to', 'HTTP', 'Attempts', 'Took', 'Created', ''].map((c) => h('th', c)))),
        h('tbody', rows(items))))
    } catch (error) {
      fill(body, note(`${error.code}: ${error.message}`, 'bad'))
    }
  }
  load()
}
