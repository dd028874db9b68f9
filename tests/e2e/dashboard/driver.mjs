// Drives the dashboard in headless Chromium (Debian's, through playwright-core) against an emulator.
// Usage: node driver.mjs '<config JSON>' (see tests/e2e/test_dashboard.py). Prints a JSON report:
// what each page showed, every console message and page error, and the screenshots it wrote.
import { chromium } from 'playwright-core'

const config = JSON.parse(process.argv[2])
const service = new URL(config.service)
const report = { console: [], requests: [], shots: [] }
const TIMEOUT = 30000

async function shot (page, name) {
  const path = `${config.shots}/${name}.png`
  await page.screenshot({ path, fullPage: true })
  report.shots.push(path)
}

// The tus upload a client would make for the waiting Assembly (creation, then one PATCH).
async function tusUpload ({ tus_url: tusUrl, assembly_ssl_url: assemblyUrl, name, base64 }) {
  const bytes = Buffer.from(base64, 'base64')
  const b64 = (s) => Buffer.from(s).toString('base64')
  const created = await fetch(tusUrl, {
    method: 'POST',
    headers: {
      'Tus-Resumable': '1.0.0',
      'Upload-Length': String(bytes.length),
      'Upload-Metadata': `assembly_url ${b64(assemblyUrl)},fieldname ${b64('file')},filename ${b64(name)}`,
    },
  })
  if (created.status !== 201) throw new Error(`tus creation answered ${created.status}`)
  const location = new URL(created.headers.get('location'), tusUrl)
  const patched = await fetch(location, {
    method: 'PATCH',
    headers: { 'Tus-Resumable': '1.0.0', 'Upload-Offset': '0', 'Content-Type': 'application/offset+octet-stream' },
    body: bytes,
  })
  if (patched.status !== 204) throw new Error(`tus PATCH answered ${patched.status}`)
}

async function assemblies (page) {
  const id = config.upload.assembly_id
  const row = `tr[data-id="${id}"]`
  await page.waitForSelector(`${row} [data-status="ASSEMBLY_UPLOADING"]`, { timeout: TIMEOUT })
  report.seen = ['ASSEMBLY_UPLOADING']
  await shot(page, '02-assemblies-uploading')
  await tusUpload(config.upload)
  await page.waitForSelector(`${row} [data-status="ASSEMBLY_COMPLETED"]`, { timeout: TIMEOUT })
  report.seen.push('ASSEMBLY_COMPLETED')
  await shot(page, '03-assemblies-completed')
}

async function assembly (page) {
  await page.goto(`${service.origin}/dashboard#/assemblies/${config.upload.assembly_id}`)
  const img = await page.waitForSelector('figure.result img', { timeout: TIMEOUT })
  await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, img, { timeout: TIMEOUT })
  report.result_image = await img.evaluate((el) => ({ src: el.src, naturalWidth: el.naturalWidth, naturalHeight: el.naturalHeight }))
  report.timeline = await page.locator('ol.timeline').innerText()
  await shot(page, '04-assembly')
}

// Results shown as what they are: an audio player, JSON pretty-printed, a PDF by its preview.
async function results (page) {
  await page.goto(`${service.origin}/dashboard#/assemblies/${config.media_assembly_id}`)
  const audio = await page.waitForSelector('figure[data-kind="audio"] audio', { timeout: TIMEOUT })
  await page.waitForFunction((el) => el.readyState >= 1 && el.duration > 0, audio, { timeout: TIMEOUT })
  report.audio_duration = await audio.evaluate((el) => el.duration)
  const pdf = await page.waitForSelector('figure[data-kind="pdf"] img.pdf', { timeout: TIMEOUT })
  await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, pdf, { timeout: TIMEOUT })
  report.pdf_preview = await pdf.evaluate((el) => ({ src: el.src, naturalWidth: el.naturalWidth }))
  await page.waitForFunction(() => {
    const pre = document.querySelector('figure[data-kind="json"] .preview pre')
    return pre && pre.textContent.trim().startsWith('{')
  }, null, { timeout: TIMEOUT })
  report.json_result = await page.locator('figure[data-kind="json"] .preview pre').innerText()
  await shot(page, '05-results')
}

async function notifications (page) {
  await page.goto(`${service.origin}/dashboard#/notifications`)
  await page.waitForSelector('[data-action="replay"]', { timeout: TIMEOUT })
  report.notifications_before = await page.locator('tbody tr:not(.detail)').count()
  await page.click('[data-action="replay"]')
  const answer = await page.waitForSelector('[data-replay]', { timeout: TIMEOUT })
  report.replay = await answer.getAttribute('data-replay')
  await page.waitForFunction((n) => document.querySelectorAll('tbody tr:not(.detail)').length > n, report.notifications_before, { timeout: TIMEOUT })
  report.notifications_after = await page.locator('tbody tr:not(.detail)').count()
  await page.locator('tbody tr:not(.detail) button.link').first().click()
  await page.waitForSelector('tr.detail pre.json', { timeout: TIMEOUT })
  report.payload = await page.locator('tr.detail pre.json').first().innerText()
  await shot(page, '06-notifications')
}

async function templates (page) {
  await page.goto(`${service.origin}/dashboard#/templates`)
  await page.waitForSelector('.verdict[data-valid]', { timeout: TIMEOUT })
  await page.locator('ul.picker button').first().click()
  await page.waitForSelector('.verdict[data-valid="true"]', { timeout: TIMEOUT })
  report.template_valid = await page.locator('.verdict').innerText()
  const text = page.locator('textarea')
  const content = JSON.parse(await text.inputValue())
  content.steps.resize.width = 'wide'
  content.steps.resize.resize_strategy = 'squash'
  await text.fill(JSON.stringify(content, null, 2))
  await page.waitForSelector('.verdict[data-valid="false"]', { timeout: TIMEOUT })
  report.template_invalid = await page.locator('.verdict').innerText()
  report.save_disabled = await page.locator('form button[type="submit"]').isDisabled()
  await shot(page, '07-templates')
}

async function account (page) {
  await page.goto(`${service.origin}/dashboard#/account`)
  await page.waitForSelector('.gauge', { timeout: TIMEOUT })
  await page.waitForSelector('dl.kv', { timeout: TIMEOUT })
  report.gauges = await page.locator('.gauge .label').allInnerTexts()
  report.account_text = await page.locator('main').innerText()
  await shot(page, '08-account')
}

async function control (page) {
  await page.goto(`${service.origin}/dashboard#/control`)
  await page.waitForSelector('section.panel', { timeout: TIMEOUT })
  await page.waitForLoadState('networkidle')
  report.panels = await page.locator('section.panel h2').allInnerTexts()
  // With a control plane (issue 16 #1): arm a fault and see it listed, freeze the clock, read the ring.
  const faults = page.locator('[data-panel="listFaults"]')
  if (await faults.locator('select').count()) {
    await faults.locator('input[aria-label="robot or Step"]').fill('/image/resize')
    await faults.locator('input[aria-label="error code"]').fill('IMAGE_RESIZE_ERROR')
    await faults.getByRole('button', { name: 'Arm', exact: true }).click()
    await page.waitForSelector('[data-control="EMULATOR_FAULT_ADDED"]', { timeout: TIMEOUT })
    await faults.locator('td', { hasText: 'IMAGE_RESIZE_ERROR' }).waitFor({ timeout: TIMEOUT })
    report.fault_listed = true
    await page.locator('[data-panel="getClock"]').getByRole('button', { name: 'Freeze', exact: true }).click()
    await page.waitForSelector('[data-control="EMULATOR_CLOCK"]', { timeout: TIMEOUT })
    await page.locator('[data-panel="getClock"] td', { hasText: 'yes' }).waitFor({ timeout: TIMEOUT })
    report.clock_frozen = true
    await page.locator('[data-panel="requests"] tbody tr').first().waitFor({ timeout: TIMEOUT })
    report.requests_listed = await page.locator('[data-panel="requests"] tbody tr').count()
    await page.locator('[data-panel="outbox"] tbody tr').first().waitFor({ timeout: TIMEOUT })
    report.outbox_listed = await page.locator('[data-panel="outbox"] tbody tr').count()
    await page.waitForLoadState('networkidle')
  }
  await shot(page, '09-control')
}

const browser = await chromium.launch({ executablePath: config.chromium, args: ['--no-sandbox'] })
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } })
  page.on('console', (msg) => report.console.push(`${msg.type()}: ${msg.text()}`))
  page.on('pageerror', (err) => report.console.push(`pageerror: ${err.message}`))
  page.on('request', (req) => {
    const url = new URL(req.url())
    if (url.origin !== service.origin) report.requests.push(`OUTSIDE ${req.url()}`)
    else report.requests.push(`${req.method()} ${url.pathname}`)
  })
  await page.goto(`${service.origin}/`) // a browser at the API root lands on the dashboard
  report.landed = page.url()
  await page.waitForSelector('form.signin', { timeout: TIMEOUT })
  await shot(page, '01-signin')
  await page.fill('input[name="key"]', config.key)
  await page.fill('input[name="secret"]', config.secret)
  await page.click('form.signin button[type="submit"]')
  await page.waitForSelector('main .toolbar', { timeout: TIMEOUT })
  for (const step of [assemblies, assembly, results, notifications, templates, account, control]) await step(page)
  console.log(JSON.stringify(report))
} catch (error) {
  console.error(JSON.stringify({ ...report, timeline: undefined, json_result: undefined }).slice(0, 3000))
  console.error(String(error.stack || error).slice(0, 1500))
  process.exitCode = 1
} finally {
  await browser.close()
}
