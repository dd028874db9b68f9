// The control plane's switches (`/_emulator/...`: reset, accounts, faults, clock, outbox, requests).
// Every call to the control plane is in this one module. Operations are found in /openapi.json by
// their operationId (the OPERATIONS table), with their method and path; one the spec lacks shows a
// note instead of its panel and is never requested, and an answer of 404 shows as a note too.
import { call, query, plain, credentials, setClockOffset } from './api.js'
import { h, fill, note, json, table } from './ui.js'
import { mask } from './account.js'

export const OPERATIONS = {
  reset: 'resetEmulator',
  listAccounts: 'listEmulatorAccounts',
  addAccount: 'addEmulatorAccount',
  removeAccount: 'removeEmulatorAccount',
  listFaults: 'listEmulatorFaults',
  addFault: 'addEmulatorFault',
  deleteFault: 'deleteEmulatorFault',
  clearFaults: 'clearEmulatorFaults',
  getClock: 'getEmulatorClock',
  setClock: 'setEmulatorClock',
  outbox: 'listEmulatorOutbox',
  requests: 'listEmulatorRequests',
}

let found = null
/** name -> { method, path, query } of the control plane's operations this emulator's spec has. */
async function operations () {
  found ||= plain('/openapi.json').then((spec) => {
    const byId = {}
    for (const [path, item] of Object.entries(spec.paths || {})) {
      for (const [method, op] of Object.entries(item)) {
        if (!op?.operationId) continue
        // params travel in the query when the operation declares them there, else in a form body
        const inQuery = (op.parameters || []).some((p) => (p.$ref || p.name || '').toLowerCase().includes('params'))
        byId[op.operationId] = { method: method.toUpperCase(), path, query: method === 'get' || inQuery }
      }
    }
    return Object.fromEntries(Object.entries(OPERATIONS).filter(([, id]) => byId[id]).map(([name, id]) => [name, byId[id]]))
  })
  return found
}

/** Call a control-plane operation by its name in OPERATIONS; path values fill `{...}`. */
async function run (name, params = {}, values = {}) {
  const op = (await operations())[name]
  const path = op.path.replace(/\{(\w+)\}/g, (_, k) => encodeURIComponent(values[k] ?? ''))
  return op.query ? query(op.method, path, params) : call(op.method, path, params)
}

/**
 * Learn how far the emulator's clock is ahead (so the page's signatures do not expire early); quiet
 * when the emulator has no clock operation.
 */
export async function syncClock () {
  if (!(await operations()).getClock) return
  try {
    const clock = await run('getClock')
    setClockOffset(Number(clock.now) - Date.now() / 1000)
  } catch { /* signatures keep the browser's time */ }
}

/** The exact body sent for an Assembly's Notifications (the outbox), newest first; null without an outbox. */
export async function outboxFor (assemblyId) {
  if (!(await operations()).outbox) return null
  const answer = await run('outbox', { assembly_id: assemblyId })
  return answer.items || []
}

function failure (error) {
  return note(error.status === 404 ? `Not on this emulator (${error.message}).` : `${error.code}: ${error.message}`,
    error.status === 404 ? 'info' : 'bad')
}

export function render (main) {
  const panels = h('div.panels', note('Reading the spec…'))
  const message = h('div')
  fill(main, h('div.toolbar', h('h1', 'Control plane'), h('span.grow'),
    h('span.hint', 'The emulator\'s own switches under /_emulator/, signed with this account\'s key')), message, panels)
  const key = credentials().key

  const report = (what) => (promise) => promise.then((answer) => {
    fill(message, h('p.note.good', { 'data-control': answer?.ok || 'done' }, `${what}: ${answer?.ok || 'done'}`))
  }, (error) => fill(message, h('p.note.bad', { 'data-control': error.code }, `${what}: ${error.code}: ${error.message}`)))

  operations().then((ops) => {
    const panel = (title, names, build) => {
      const body = h('div')
      if (names.some((n) => ops[n])) build(body)
      else fill(body, note(`Not on this emulator yet (${names.map((n) => OPERATIONS[n]).join(', ')}).`))
      return h('section.panel', { 'data-panel': names[0] }, h('h2', title), body)
    }
    // A listing that reloads after each change; `cells(item)` makes a row.
    const listing = (body, name, columns, cells, empty, params = {}) => {
      const out = h('div', note('Loading…'))
      body.append(out)
      const load = () => run(name, params).then((answer) => {
        fill(out, table(columns, (answer.items || []).map(cells), empty))
      }).catch((error) => fill(out, failure(error)))
      load()
      return load
    }
    const button = (label, kind, onclick) => h(`button.${kind}`, { type: 'button', onclick }, label)

    fill(panels,
      panel('Reset', ['reset'], (body) => fill(body,
        h('p.hint', 'Forget Assemblies, files, records and Notifications (accounts, faults and the clock stay).'),
        h('div.buttons',
          button('Reset this account', 'danger', () => report('Reset this account')(run('reset', { account: key }))),
          button('Reset everything', 'danger', () => report('Reset everything')(run('reset')))))),

      panel('Clock', ['getClock', 'setClock'], (body) => {
        const shown = h('div', note('Loading…'))
        const load = () => run('getClock').then((clock) => {
          setClockOffset(Number(clock.now) - Date.now() / 1000)
          fill(shown, table(['Emulator time', 'Frozen', 'Ahead of the system by'],
            [[h('code', clock.iso || String(clock.now)), clock.frozen ? 'yes' : 'no', `${Math.round(clock.offset || 0)} s`]]))
        }).catch((error) => fill(shown, failure(error)))
        body.append(shown)
        if (ops.getClock) load()
        if (ops.setClock) {
          const by = h('input', { type: 'number', value: '3600', min: '1', 'aria-label': 'seconds' })
          const set = (params, what) => report(what)(run('setClock', params)).then(load)
          body.append(h('div.buttons',
            button('Freeze', 'secondary', () => set({ action: 'freeze' }, 'Freeze')),
            button('Unfreeze', 'secondary', () => set({ action: 'unfreeze' }, 'Unfreeze')),
            button('Back to system time', 'secondary', () => set({ action: 'reset' }, 'Reset the clock')),
            h('label.inline', 'Advance ', by, ' s'),
            button('Advance', 'primary', () => set({ action: 'advance', seconds: Number(by.value) }, 'Advance'))))
        }
      }),

      panel('Faults', ['listFaults', 'addFault', 'clearFaults'], (body) => {
        let reload = () => {}
        if (ops.listFaults) {
          reload = listing(body, 'listFaults', ['Kind', 'Target', 'Effect', 'Left', ''], (f) => [
            f.kind, h('code', f.robot || f.step || 'every job'),
            [f.error ? `${f.error}${f.message ? `: ${f.message}` : ''}` : '', f.delay ? ` +${f.delay} s` : '', f.mode || ''].join(' ').trim() || '—',
            String(f.remaining),
            ops.deleteFault ? button('Disarm', 'small', () => report('Disarm')(run('deleteFault', {}, { fault_id: f.id })).then(reload)) : '',
          ], 'No faults armed.')
        }
        if (ops.addFault) {
          const kind = h('select', { 'aria-label': 'kind' }, ['job', 'creation', 'delivery'].map((k) => h('option', { value: k }, k)))
          const target = h('input', { placeholder: '/image/resize or a Step name', 'aria-label': 'robot or Step' })
          const code = h('input', { placeholder: 'error code', 'aria-label': 'error code' })
          const text = h('input', { placeholder: 'message', 'aria-label': 'message' })
          const delay = h('input', { type: 'number', min: '0', placeholder: 'delay s', 'aria-label': 'delay' })
          const count = h('input', { type: 'number', value: '1', min: '1', 'aria-label': 'count' })
          const mode = h('select', { 'aria-label': 'delivery mode' }, ['fail', 'hang'].map((m) => h('option', { value: m }, m)))
          const arm = () => {
            const params = { kind: kind.value, count: Number(count.value) || 1 }
            if (target.value) params[target.value.startsWith('/') ? 'robot' : 'step'] = target.value
            if (code.value) params.error = code.value
            if (text.value) params.message = text.value
            if (delay.value) params.delay = Number(delay.value)
            if (kind.value === 'delivery') params.mode = mode.value
            report('Arm fault')(run('addFault', params)).then(reload)
          }
          body.append(h('div.buttons', kind, target, code), h('div.buttons', text, delay, h('label.inline', '× ', count), mode,
            button('Arm', 'primary', arm)))
        }
        if (ops.clearFaults) body.append(button('Disarm every fault', 'secondary', () => report('Clear faults')(run('clearFaults')).then(reload)))
      }),

      panel('Accounts', ['listAccounts', 'addAccount', 'removeAccount'], (body) => {
        let reload = () => {}
        if (ops.listAccounts) {
          reload = listing(body, 'listAccounts', ['Key', 'Scopes', 'From', ''], (a) => [
            h('code', a.key), a.scopes ? a.scopes.join(' ') : 'all', a.configured ? 'settings' : 'run time',
            ops.removeAccount && a.key !== key ? button('Remove', 'small', () => report('Remove account')(run('removeAccount', {}, { key: a.key })).then(reload)) : '',
          ])
        }
        if (ops.addAccount) {
          const newKey = h('input', { placeholder: 'key', 'aria-label': 'new key' })
          const newSecret = h('input', { type: 'password', placeholder: 'secret', 'aria-label': 'new secret' })
          const scopes = h('input', { placeholder: 'scopes (blank: all)', 'aria-label': 'scopes' })
          const add = () => {
            const params = { key: newKey.value, secret: newSecret.value }
            if (scopes.value.trim()) params.scopes = scopes.value.trim().split(/[\s,]+/)
            report('Add account')(run('addAccount', params)).then(reload)
          }
          body.append(h('form.buttons', { onsubmit: (event) => { event.preventDefault(); add() } },
            newKey, newSecret, scopes, h('button', { type: 'submit' }, 'Add')))
        }
      }),

      panel('Outbox: Notifications sent and pending', ['outbox'], (body) => listing(body, 'outbox',
        ['Status', 'Sent to', 'Answer'], (n) => {
          const last = (n.answers || []).at(-1) || {}
          let payload = n.payload
          try { payload = JSON.parse(n.payload) } catch { /* shown as sent */ }
          return [h('span.nowrap', n.status),
            [h('code.wrap', n.url), h('a.mono.meta', { href: `#/assemblies/${n.assembly_id}` }, n.assembly_id),
              h('details', h('summary', 'payload'), json(payload), h('p.meta', 'signature ', mask(n.signature)))],
            h('span.nowrap', `${n.attempts ?? 0}× · ${last.code ? `HTTP ${last.code}` : last.error || '—'}`)]
        }, 'Nothing sent yet.')),

      panel('Last requests', ['requests'], (body) => listing(body, 'requests',
        ['Time', 'Request', 'Answer', 'Took'], (r) => [
          h('span.nowrap', new Date(r.time).toLocaleTimeString()),
          h('code.wrap', { title: r.query || '' }, `${r.method} ${r.path}${r.query ? ' ?…' : ''}`),
          String(r.status ?? ''), h('span.nowrap', r.duration !== undefined ? `${Math.round(r.duration * 1000)} ms` : '—')],
        'No requests recorded.', { limit: 25 })))
  }).catch((error) => fill(panels, failure(error)))
}
