// The dashboard's shell: sign-in, navigation and a hash router. Each page module exports
// render(main, arg) and may return a function that stops what it started (polls, streams).
import { credentials, signIn, signOut, get, ApiError } from './api.js'
import { h, fill, note } from './ui.js'
import * as assemblies from './assemblies.js'
import * as assembly from './assembly.js'
import * as notifications from './notifications.js'
import * as templates from './templates.js'
import * as account from './account.js'
import * as control from './control.js'

const PAGES = [
  ['assemblies', 'Assemblies', assemblies],
  ['notifications', 'Notifications', notifications],
  ['templates', 'Templates', templates],
  ['account', 'Credentials & slots', account],
  ['control', 'Control plane', control],
]

const main = document.getElementById('main')
let stop = null
let clockSynced = null

function route () {
  const [, name = 'assemblies', arg] = location.hash.match(/^#\/([a-z]+)(?:\/(.+))?/) || []
  if (name === 'assemblies' && arg) return [assembly, arg, 'assemblies']
  const page = PAGES.find(([id]) => id === name)
  return page ? [page[2], arg, name] : [assemblies, undefined, 'assemblies']
}

function navigation (current) {
  fill(document.getElementById('nav'), PAGES.map(([id, label]) =>
    h('a', { href: `#/${id}`, 'aria-current': id === current ? 'page' : false }, label)))
  const creds = credentials()
  fill(document.getElementById('who'), creds
    ? [h('code', creds.key), ' ', h('button.link', { onclick: () => { signOut(); show() } }, 'Sign out')]
    : '')
}

function signInForm () {
  const key = h('input', { name: 'key', required: true, autocomplete: 'username', placeholder: 'TRANSLOADIT_KEY' })
  const secret = h('input', {
    name: 'secret', type: 'password', required: true, autocomplete: 'current-password', placeholder: 'TRANSLOADIT_SECRET',
  })
  const message = h('p.note.info', 'The key and secret stay in this tab (sessionStorage); requests are signed here.')
  const form = h('form.signin', {
    onsubmit: async (event) => {
      event.preventDefault()
      signIn(key.value.trim(), secret.value)
      try {
        await get('/queues/job_slots')
        show()
      } catch (error) {
        signOut()
        fill(message, error instanceof ApiError ? `${error.code}: ${error.message}` : String(error))
        message.className = 'note bad'
      }
    },
  }, h('h1', 'Sign in'), h('label', 'Auth Key', key), h('label', 'Auth Secret', secret),
  h('button', { type: 'submit' }, 'Sign in'), message)
  return form
}

function show () {
  if (stop) stop()
  stop = null
  const [page, arg, name] = route()
  navigation(name)
  if (!window.crypto?.subtle) {
    fill(main, note('This page needs WebCrypto, which browsers offer on https and on localhost / 127.0.0.1 only.', 'bad'))
    return
  }
  if (!credentials()) {
    fill(main, signInForm())
    return
  }
  fill(main)
  if (!clockSynced) clockSynced = control.syncClock() // the emulator's clock may be ahead of this browser's
  const cleanup = page.render(main, arg)
  stop = typeof cleanup === 'function' ? cleanup : null
}

window.addEventListener('hashchange', show)
show()
