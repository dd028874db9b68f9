// Result files shown as what they are: pictures, players, a PDF's preview, JSON pretty-printed.
import { h, bytes, seconds, json } from './ui.js'

/** The URL of a file this page may load: same origin first, then the https one. */
export function fileUrl (file) {
  for (const url of [file.url, file.ssl_url]) {
    if (url && new URL(url, location.href).origin === location.origin) return url
  }
  return file.url || file.ssl_url
}

function kind (file) {
  const mime = file.mime || ''
  if (mime === 'application/pdf') return 'pdf'
  if (mime === 'application/json' || file.ext === 'json') return 'json'
  if (/^text\//.test(mime)) return 'text'
  if (/^(image|video|audio)\//.test(mime) && file.type !== 'document') return mime.split('/')[0]
  return 'file'
}

/** Images made from this PDF by later Steps (/file/preview, /document/thumbs): its preview. */
function pdfPreview (file, step, steps, results) {
  for (const [name, step_] of Object.entries(steps)) {
    const use = [step_?.use].flat(Infinity).map((u) => (typeof u === 'object' && u ? u.name : u))
    const usesIt = use.includes(step) || (step_?.use?.steps || []).some((u) => (u?.name || u) === step)
    if (!usesIt) continue
    const images = (results[name] || []).filter((r) => r.original_id === file.original_id && /^image\//.test(r.mime || ''))
    images.sort((a, b) => (a.meta?.page_number || 0) - (b.meta?.page_number || 0))
    if (images.length) return images[0]
  }
  return null
}

function textPreview (url, pretty) {
  const pre = h('pre.json', 'Loading…')
  fetch(url, { cache: 'no-store' }).then((r) => r.text()).then((text) => {
    if (pretty) {
      try { text = JSON.stringify(JSON.parse(text), null, 2) } catch { /* shown as it is */ }
    }
    pre.textContent = text.length > 20000 ? `${text.slice(0, 20000)}\n…` : text
  }).catch((error) => { pre.textContent = `Could not load it: ${error.message}` })
  return pre
}

function preview (file, step, steps, results) {
  const url = fileUrl(file)
  switch (kind(file)) {
    case 'image': return h('img', { src: url, alt: file.name, loading: 'lazy' })
    case 'video': return h('video', { src: url, controls: true, preload: 'metadata' })
    case 'audio': return h('audio', { src: url, controls: true, preload: 'metadata' })
    case 'json': return textPreview(url, true)
    case 'text': return textPreview(url, false)
    case 'pdf': {
      const thumb = pdfPreview(file, step, steps, results)
      return thumb
        ? h('img.pdf', { src: fileUrl(thumb), alt: `First page of ${file.name}` })
        : h('div.tile', 'PDF', h('small', file.meta?.page_count ? `${file.meta.page_count} pages` : 'no preview Step'))
    }
    default: return h('div.tile', file.ext || 'file', h('small', file.mime || ''))
  }
}

/** One result card: the preview, its name and size, timing and a link to the file. */
export function resultCard (file, step, steps, results) {
  const meta = file.meta || {}
  const dims = meta.width && meta.height ? `${meta.width}×${meta.height}` : ''
  const duration = meta.duration ? `${Number(meta.duration).toFixed(1)} s` : ''
  return h('figure.result', { 'data-kind': kind(file) },
    h('div.preview', preview(file, step, steps, results)),
    h('figcaption',
      h('a', { href: fileUrl(file), target: '_blank', rel: 'noopener' }, file.name),
      h('span.meta', [file.mime, bytes(file.size), dims, duration].filter(Boolean).join(' · ')),
      h('span.meta', `exec ${seconds(file.exec_time)} · queue ${seconds(file.queue_time)}`),
      h('details', h('summary', 'meta'), json(meta))))
}
