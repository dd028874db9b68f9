// One Assembly: its timeline (created, uploads, Steps, results, end, Notification) and its results.
import { get } from './api.js'
import { h, fill, note, statusBadge, when, seconds, bytes, json } from './ui.js'
import { follow, isBusy } from './live.js'
import { resultCard } from './results.js'

function parse (text) {
  try { return JSON.parse(text || '{}') } catch { return {} }
}

function item (time, title, ...detail) {
  return h('li', h('time', time || ''), h('div', h('strong', title), ...detail))
}

function stepState (name, status) {
  const running = (status.executing_jobs || []).some((j) => j.startsWith(`${name}:::`))
  const started = (status.started_jobs || []).some((j) => j.startsWith(`${name}:::`))
  if (running) return h('span.badge.busy', 'running')
  if (status.results?.[name]) return h('span.badge.good', 'done')
  if (started && !isBusy(status)) return h('span.badge.good', 'done')
  if (status.error && status.failed_step === name) return h('span.badge.bad', 'failed')
  return h('span.badge.muted', isBusy(status) ? 'waiting' : 'no results')
}

function timeline (status, steps) {
  const uploads = status.uploads || []
  const tus = status.tus_uploads || []
  const stepItems = Object.entries(steps).map(([name, step]) => {
    const results = status.results?.[name] || []
    const exec = results.reduce((sum, r) => sum + (Number(r.exec_time) || 0), 0)
    const queue = results.reduce((max, r) => Math.max(max, Number(r.queue_time) || 0), 0)
    return item('', `Step ${name}`, ' ', stepState(name, status), h('span.meta', step?.robot || ''),
      results.length ? h('span.meta', `${results.length} result${results.length > 1 ? 's' : ''} · exec ${seconds(exec)} · queue ${seconds(queue)}`) : null)
  })
  return h('ol.timeline',
    item(status.start_date, 'Created', h('span.meta', status.client_agent || '')),
    status.expected_tus_uploads
      ? item('', 'Resumable uploads', h('span.meta', `${status.finished_tus_uploads || 0} of ${status.expected_tus_uploads} finished`),
        tus.map((t) => h('span.meta', `${t.filename}: ${bytes(t.offset ?? t.size)} of ${bytes(t.size ?? t.length)}`)))
      : null,
    uploads.map((u) => item('', `Upload ${u.name}`, h('span.meta', [u.mime, bytes(u.size), u.is_tus_file ? 'tus' : 'form'].join(' · ')))),
    status.execution_start ? item(status.execution_start, 'Execution started', h('span.meta', `queued ${seconds(status.queue_duration)}`)) : null,
    stepItems,
    isBusy(status) ? item('', 'Running…') : item(status.last_job_completed, status.error ? `Failed: ${status.error}` : 'Finished',
      h('span.meta', status.message || ''), h('span.meta', `execution ${seconds(status.execution_duration)}`)),
    status.notify_url ? item(status.notify_start, 'Notification', h('span.meta', status.notify_url),
      h('span.meta', `${status.notify_status || 'pending'} · HTTP ${status.notify_response_code ?? '—'} · ${seconds(status.notify_duration)}`)) : null)
}

export function render (main, id) {
  const head = h('div.toolbar', h('h1', 'Assembly'), h('code.mono', id), h('span.grow'), h('a', { href: '#/assemblies' }, '← all Assemblies'))
  const body = h('div', note('Loading…'))
  fill(main, head, body)
  let stopFollow = null

  function draw (status) {
    const params = parse(status.merged_params || status.params)
    const steps = params.steps || {}
    const results = status.results || {}
    fill(body,
      h('div.summary', statusBadge(status.ok, status.error), h('span', status.message || ''),
        h('span.meta', `${bytes(status.bytes_usage)} used · ${status.num_input_files ?? 0} input files`)),
      h('div.columns',
        h('section', h('h2', 'Timeline'), timeline(status, steps)),
        h('section', h('h2', 'Results'),
          Object.keys(results).length
            ? Object.entries(results).map(([step, files]) => h('div.step-results', h('h3', step),
              h('div.results', files.map((f) => resultCard(f, step, steps, results)))))
            : note(isBusy(status) ? 'No results yet.' : 'This Assembly has no results.'))),
      h('details', h('summary', 'Assembly Status (JSON)'), json(status)))
  }

  let timer = null
  let stopped = false
  // Without the stream (it broke), the status is read every 2 s until the Assembly ends.
  const poll = () => get(`/assemblies/${id}`).then((status) => {
    draw(status)
    if (isBusy(status) && !stopped) timer = setTimeout(poll, 2000)
  }).catch((error) => fill(body, note(`${error.code}: ${error.message}`, 'bad')))

  get(`/assemblies/${id}`).then((status) => {
    draw(status)
    if (isBusy(status)) stopFollow = follow(id, (s) => draw(s), () => { if (!stopped) poll() })
  }).catch((error) => fill(body, note(`${error.code}: ${error.message}`, 'bad')))
  return () => {
    stopped = true
    clearTimeout(timer)
    stopFollow?.()
  }
}
