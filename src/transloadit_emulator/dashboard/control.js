// The control plane's switches (`/_emulator/...`: reset, accounts, faults, clock, outbox, requests).
// Every call of this page is in this one module. Operations are found in /openapi.json by their
// operationId (so only the names below must match the spec); one the spec lacks, or one that
// answers 404, shows a note instead of its panel, and nothing is requested from it.
import { call, get, plain, credentials, setClockOffset } from './api.js'
import { h, fill, note, json, table } from './ui.js'
import { mask } from './account.js'

export const OPERATIONS = {
  reset: 'resetEmulator',
  listAccounts: 'listEmulatorAccounts',
  addAccount: 'addEmulatorAccount',
  removeAccount: 'removeEmulatorAccount',
  listFaults: 'listEmulatorFaults',
  addFault: 'addEmulatorFault',
  clearFaults: 'clearEmulatorFaults',
  getClock: 'getEmulatorClock',
  setClock: 'setEmulatorClock',
  outbox: 'listEmulatorOutbox',
  requests: 'listEmulatorRequests',
}

/** operationId -> { method, path } from the spec's paths. */
async function operations () {
  const spec = await plain('/openapi.json')
  const found = {}
  for (const [path, item] of Object.entries(spec.paths || {})) {
    for (const [method, op] of Object.entries(item)) {
      if (op && op.operationId) found[op.operationId] = { method: method.toUpperCase(), path }
    }
  }
  return found
}

/** Secrets in answers are shown masked, like everywhere in the dashboard. */
function redact (value) {
  if (Array.isArray(value)) return value.map(redact)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, /secret|signature/i.test(k) && typeof v === 'string' ? '••••••' : redact(v)]))
  }
  return value
}

export function render (main) {
  const panels = h('div.panels', note('Reading the spec…'))
  const message = h('div')
  fill(main, h('div.toolbar', h('h1', 'Control plane'), h('span.grow'),
    h('span.hint', 'The emulator\'s own switches, under /_emulator/ (signed like every call)')), message, panels)

  operations().then((ops) => {
    const op = (name) => ops[OPERATIONS[name]]
    const path = (name, values = {}) => op(name).path.replace(/\{(\w+)\}/g, (_, k) => encodeURIComponent(values[k] ?? ''))
    const run = async (name, params = {}, values = {}) => {
      const { method } = op(name)
      return method === 'GET' ? get(path(name, values), params) : call(method, path(name, values), params)
    }
    const report = (promise, what) => promise.then((answer) => {
      fill(message, h('p.note.good', `${what}: ${answer?.ok || 'done'}`))
      return answer
    }).catch((error) => {
      fill(message, note(`${what}: ${error.code}: ${error.message}`, 'bad'))
    })

    function panel (title, names, build) {
      const missing = names.filter((n) => !op(n))
      const body = h('div')
      const section = h('section.panel', { 'data-panel': names[0] }, h('h2', title), body)
      if (missing.length === names.length) {
        fill(body, note(`Not on this emulator yet (${names.map((n) => OPERATIONS[n]).join(', ')}).`))
      } else {
        build(body)
      }
      return section
    }

    function listing (body, name, columns) {
      const out = h('div', note('Loading…'))
      const load = () => run(name).then((answer) => {
        const items = answer.items || answer.accounts || answer.faults || answer.requests || answer.notifications
        fill(out, Array.isArray(items) && columns ? table(columns.map((c) => c[0]), items.map((i) => columns.map((c) => c[1](i))))
          : json(redact(answer)))
      }).catch((error) => fill(out, note(error.status === 404 ? 'Not on this emulator yet.' : `${error.code}: ${error.message}`, error.status === 404 ? 'info' : 'bad')))
      body.append(out)
      load()
      return load
    }

    const key = credentials().key
    fill(panels,
      panel('Reset', ['reset'], (body) => fill(body,
        h('p.hint', 'Forget Assemblies, records, files and Notifications.'),
        h('div.buttons',
          h('button.danger', { onclick: () => report(run('reset', { account: key }), 'Reset this account') }, 'Reset this account'),
          h('button.danger', { onclick: () => report(run('reset', {}), 'Reset everything') }, 'Reset everything')))),
      panel('Clock', ['getClock', 'setClock'], (body) => {
        const reload = op('getClock') ? listing(body, 'getClock') : () => {}
        op('getClock') && run('getClock').then((c) => {
          const now = Date.parse(c.now || c.time || '')
          if (!Number.isNaN(now)) setClockOffset((now - Date.now()) / 1000)
        }).catch(() => {})
        const by = h('input', { type: 'number', value: '3600', min: '1', 'aria-label': 'seconds' })
        const set = (params, what) => report(run('setClock', params), what).then(reload)
        if (op('setClock')) {
          body.append(h('div.buttons',
            h('button.secondary', { onclick: () => set({ frozen: true }, 'Freeze') }, 'Freeze'),
            h('button.secondary', { onclick: () => set({ frozen: false }, 'Unfreeze') }, 'Unfreeze'),
            h('label.inline', 'Advance by ', by, ' s'),
            h('button', { onclick: () => set({ advance: Number(by.value) }, 'Advance') }, 'Advance')))
        }
      }),
      panel('Faults', ['listFaults', 'addFault', 'clearFaults'], (body) => {
        const reload = op('listFaults') ? listing(body, 'listFaults') : () => {}
        const target = h('input', { placeholder: '/image/resize or a Step name', 'aria-label': 'robot or Step' })
        const code = h('input', { placeholder: 'IMAGE_RESIZE_ERROR', 'aria-label': 'error code' })
        const count = h('input', { type: 'number', value: '1', min: '1', 'aria-label': 'times' })
        const kind = h('select', { 'aria-label': 'kind' }, ['job', 'rate_limit', 'notification'].map((k) => h('option', { value: k }, k)))
        if (op('addFault')) {
          body.append(h('div.buttons', kind, target, code, count,
            h('button', { onclick: () => report(run('addFault', { kind: kind.value, target: target.value, error: code.value, count: Number(count.value) }), 'Add fault').then(reload) }, 'Add')))
        }
        if (op('clearFaults')) body.append(h('button.secondary', { onclick: () => report(run('clearFaults'), 'Clear faults').then(reload) }, 'Clear all faults'))
      }),
      panel('Accounts', ['listAccounts', 'addAccount', 'removeAccount'], (body) => {
        const reload = op('listAccounts')
          ? listing(body, 'listAccounts', [['Key', (a) => h('code', a.key)], ['Secret', (a) => mask(a.secret)],
              ['Scopes', (a) => [a.scopes || []].flat().join(' ')],
              ['', (a) => op('removeAccount') && a.key !== key
                ? h('button.small.danger', { onclick: () => report(run('removeAccount', {}, { key: a.key }), 'Remove').then(reload) }, 'Remove')
                : '']])
          : () => {}
        const newKey = h('input', { placeholder: 'key', 'aria-label': 'new key' })
        const newSecret = h('input', { type: 'password', placeholder: 'secret', 'aria-label': 'new secret' })
        if (op('addAccount')) {
          body.append(h('div.buttons', newKey, newSecret,
            h('button', { onclick: () => report(run('addAccount', { key: newKey.value, secret: newSecret.value }), 'Add account').then(reload) }, 'Add account')))
        }
      }),
      panel('Outbox (Notifications sent and pending)', ['outbox'], (body) => listing(body, 'outbox')),
      panel('Last requests', ['requests'], (body) => listing(body, 'requests', [
        ['Method', (r) => r.method], ['Path', (r) => h('code', r.path)], ['Answer', (r) => r.status ?? r.status_code ?? ''],
        ['Code', (r) => r.error || r.ok || '']])))
  }).catch((error) => fill(panels, note(`${error.code}: ${error.message}`, 'bad')))
}
