// Bundles page.js, serves it on its own loopback origin, and runs one upload in headless Chromium.
// Usage: node driver.mjs '{"chromium": ..., "service": ..., "params": ..., "signature": ..., "fileBase64": ..., "fileName": ..., "sse": true}'
// Prints the page's outcome plus every request the page made to the emulator (`METHOD /path?query`).
import http from 'node:http'
import * as esbuild from 'esbuild'
import { chromium } from 'playwright-core'

const config = JSON.parse(process.argv[2])
const built = await esbuild.build({
  entryPoints: [new URL('./page.js', import.meta.url).pathname],
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  logLevel: 'silent',
})
const bundle = built.outputFiles[0].contents
const html = '<!doctype html><html><head><meta charset="utf-8"><script src="/bundle.js"></script></head><body></body></html>'

const server = http.createServer((req, res) => {
  if (req.url === '/bundle.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle)
  } else {
    res.writeHead(200, { 'content-type': 'text/html' }).end(html)
  }
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const page_url = `http://127.0.0.1:${server.address().port}/`

const browser = await chromium.launch({ executablePath: config.chromium, args: ['--no-sandbox'] })
const console_lines = []
const requests = []
const service = new URL(config.service)
try {
  const page = await browser.newPage()
  page.on('request', (req) => {
    const url = new URL(req.url())
    if (url.origin === service.origin) requests.push(`${req.method()} ${url.pathname}${url.search}`)
  })
  page.on('console', (msg) => console_lines.push(`${msg.type()}: ${msg.text()}`))
  page.on('pageerror', (err) => console_lines.push(`pageerror: ${err.message}`))
  await page.goto(page_url)
  const outcome = await page.evaluate((args) => window.runUpload(args), config)
  console.log(JSON.stringify({ ...outcome, page_url, requests, console: console_lines }))
} catch (error) {
  console.error(String(error.stack || error))
  console.error(console_lines.join('\n'))
  process.exitCode = 1
} finally {
  await browser.close()
  server.close()
}
