// Templates: the account's Templates, an editor whose Steps are checked against the spec's
// RobotStep as you type (validate.js over /openapi.json), and save / delete.
import { get, call, plain } from './api.js'
import { h, fill, note, when } from './ui.js'
import { validate } from './validate.js'

let specPromise = null
const spec = () => (specPromise ||= plain('/openapi.json'))

const EXAMPLE = {
  steps: {
    ':original': { robot: '/upload/handle' },
    thumb: { use: ':original', robot: '/image/resize', width: 320, height: 240, resize_strategy: 'fit', result: true },
  },
}

/** Problems of the editor's text: JSON syntax first, then each Step against RobotStep. */
export function problems (schema, text) {
  let content
  try {
    content = JSON.parse(text)
  } catch (error) {
    return [{ path: '', message: `not JSON: ${error.message}` }]
  }
  if (typeof content !== 'object' || content === null || Array.isArray(content)) return [{ path: '', message: 'must be an object' }]
  if (typeof content.steps !== 'object' || content.steps === null) return [{ path: 'steps', message: 'needs an object of Steps' }]
  return Object.entries(content.steps).flatMap(([name, step]) => validate(schema, 'RobotStep', step, `steps.${name}`))
}

export function render (main) {
  const list = h('ul.picker')
  const editor = h('div.editor')
  const message = h('div')
  fill(main, h('div.toolbar', h('h1', 'Templates'), h('span.grow'),
    h('button.secondary', { onclick: () => edit(null) }, 'New Template')), message,
  h('div.split', h('aside', list), editor))

  function edit (template) {
    const name = h('input', { name: 'name', value: template?.name || '', placeholder: 'my-template', pattern: '[a-z0-9-]{5,255}', required: true })
    const content = template?.content || (template?.json ? JSON.parse(template.json) : EXAMPLE)
    const text = h('textarea', { name: 'content', spellcheck: false, rows: 22 })
    text.value = JSON.stringify(content, null, 2)
    const verdict = h('div.verdict', { 'aria-live': 'polite' })
    const save = h('button', { type: 'submit' }, template ? 'Save' : 'Create')

    async function check () {
      const found = problems(await spec(), text.value)
      save.disabled = found.length > 0
      fill(verdict, found.length
        ? h('ul.problems', found.slice(0, 20).map((p) => h('li', h('code', p.path || '(root)'), ' ', p.message)))
        : h('p.note.good', 'Valid: every Step matches its robot\'s schema.'))
      verdict.dataset.valid = String(found.length === 0)
    }
    text.addEventListener('input', check)

    const form = h('form', {
      onsubmit: async (event) => {
        event.preventDefault()
        const params = { name: name.value, template: JSON.parse(text.value) }
        try {
          const answer = template
            ? await call('PUT', `/templates/${template.id}`, params)
            : await call('POST', '/templates', params)
          fill(message, h('p.note.good', `${answer.ok}: ${answer.message || ''}`))
          await load(answer.id || template?.id)
        } catch (error) {
          fill(message, note(`${error.code}: ${error.message}`, 'bad'))
        }
      },
    }, h('label', 'Name', name), h('label', 'Instructions (JSON)', text), verdict,
    h('div.buttons', save, template
      ? h('button.danger', { type: 'button', onclick: () => remove(template) }, 'Delete')
      : null))
    fill(editor, h('h2', template ? template.name : 'New Template'), form)
    check()
  }

  async function remove (template) {
    try {
      const answer = await call('DELETE', `/templates/${template.id}`)
      fill(message, h('p.note.good', `${answer.ok}: ${answer.message || ''}`))
      await load()
    } catch (error) {
      fill(message, note(`${error.code}: ${error.message}`, 'bad'))
    }
  }

  async function load (selected) {
    try {
      const answer = await get('/templates', { pagesize: 100 })
      const items = answer.items || []
      fill(list, items.length ? items.map((t) => h('li', h('button.link', { onclick: () => edit(t) }, t.name),
        h('span.meta', when(t.modified || t.created)))) : h('li.meta', 'No Templates yet.'))
      const current = items.find((t) => t.id === selected)
      edit(current || null)
    } catch (error) {
      fill(message, note(`${error.code}: ${error.message}`, 'bad'))
    }
  }
  load()
}
