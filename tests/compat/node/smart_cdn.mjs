// Signs Smart CDN URLs with the official Node SDK, unchanged; prints them as one JSON document.
// Usage: node smart_cdn.mjs '{"key": ..., "secret": ..., "urls": [{workspace, template, input, urlParams, expiresAt, baseUrl}]}'
import { Transloadit } from '@transloadit/node'

const config = JSON.parse(process.argv[2])
const client = new Transloadit({ authKey: config.key, authSecret: config.secret })
const urls = config.urls.map((opts) => client.getSignedSmartCDNUrl(opts))
console.log(JSON.stringify({ urls }))
