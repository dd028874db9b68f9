// Small DOM and formatting helpers shared by the pages (no framework: elements built in code,
// text always set as text, never as HTML).

/** An element: h('a.badge', { href }, 'text', child, ...). Attributes starting with "on" are listeners. */
export function h (tag, attrs = {}, ...children) {
  const [name, ...classes] = tag.split('.')
  const el = document.createElement(name || 'div')
  if (classes.length) el.className = classes.join(' ')
  if (attrs instanceof Node || typeof attrs !== 'object' || Array.isArray(attrs)) {
    children.unshift(attrs)
    attrs = {}
  }
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value)
    else if (key in el && typeof value !== 'string') el[key] = value
    else el.setAttribute(key, value === true ? '' : value)
  }
  append(el, children)
  return el
}

function append (el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue
    el.append(child instanceof Node ? child : String(child))
  }
}

/** Replace the children of `el`. */
export function fill (el, ...children) {
  el.replaceChildren()
  append(el, children)
  return el
}

/** A coloured badge for an Assembly's ok/error code. */
export function statusBadge (ok, error) {
  const code = error || ok || 'UNKNOWN'
  const kind = error ? 'bad' : /COMPLETED|REPLAYED|successful/.test(code) ? 'good'
    : /CANCELED/.test(code) ? 'muted' : 'busy'
  return h(`span.badge.${kind}`, { 'data-status': code }, code.replace(/^ASSEMBLY_/, '').toLowerCase())
}

export function when (value) {
  if (!value) return '—'
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return String(value)
  return date.toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'medium' })
}

export function seconds (value) {
  if (value === null || value === undefined || value === '') return '—'
  const n = Number(value)
  return n < 1 ? `${Math.round(n * 1000)} ms` : `${n.toFixed(2)} s`
}

export function bytes (value) {
  if (value === null || value === undefined) return '—'
  const units = ['B', 'KB', 'MB', 'GB']
  let n = Number(value)
  let i = 0
  while (n >= 1024 && i < units.length - 1) { n /= 1024; i++ }
  return `${i ? n.toFixed(1) : n} ${units[i]}`
}

/** Pretty-printed JSON in a <pre>. */
export function json (value) {
  return h('pre.json', JSON.stringify(value, null, 2))
}

/** A note in the page (errors of the API, endpoints that do not exist yet). */
export function note (text, kind = 'info') {
  return h(`p.note.${kind}`, text)
}

/** A horizontal gauge: label, value of max, and a bar. */
export function gauge (label, value, max, detail = '') {
  const bar = h('span.fill')
  const ratio = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0
  bar.style.width = `${(ratio * 100).toFixed(1)}%`
  if (ratio > 0.8) bar.classList.add('hot')
  return h('div.gauge', { role: 'meter', 'aria-valuenow': String(value), 'aria-valuemax': String(max) },
    h('span.label', label), h('span.track', bar), h('span.value', `${value} / ${max}`),
    detail ? h('span.detail', detail) : null)
}

/** A table from rows of cells; the header from `columns`. */
export function table (columns, rows, empty = 'Nothing yet.') {
  if (!rows.length) return note(empty)
  return h('table', h('thead', h('tr', columns.map((c) => h('th', c)))),
    h('tbody', rows.map((cells) => cells instanceof Node ? cells : h('tr', cells.map((c) => h('td', c))))))
}
