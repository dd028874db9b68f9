// A small JSON Schema validator for the subset the spec's Step schemas use (type, enum, const,
// ranges, pattern, lengths, items, properties, required, additionalProperties, allOf, anyOf,
// oneOf with a discriminator, $ref), so Template Steps are checked against `RobotStep` as you type.
// A string holding an Assembly Variable (`${fields.width}`) passes: it is checked when it is filled in.

const VARIABLE = /\$\{[^}]+\}/

function typeOf (value) {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}

function typeMatches (type, value) {
  const actual = typeOf(value)
  return [type].flat().some((t) => t === actual || (t === 'number' && actual === 'integer'))
}

function resolve (schema, root) {
  while (schema && schema.$ref) {
    schema = schema.$ref.replace(/^#\//, '').split('/').reduce((node, key) => node?.[key], root)
  }
  return schema || {}
}

const show = (value) => JSON.stringify(value)

function check (schema, value, path, root, errors) {
  schema = resolve(schema, root)
  if (typeof value === 'string' && VARIABLE.test(value)) return
  const fail = (message) => errors.push({ path, message })
  if (schema.const !== undefined && value !== schema.const) return fail(`must be ${show(schema.const)}`)
  if (schema.enum && !schema.enum.some((e) => e === value)) return fail(`${show(value)} is not one of ${schema.enum.map(show).join(', ')}`)
  if (schema.type && !typeMatches(schema.type, value)) return fail(`must be ${[schema.type].flat().join(' or ')}, not ${typeOf(value)}`)
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) fail(`must be at least ${schema.minimum}`)
    if (schema.maximum !== undefined && value > schema.maximum) fail(`must be at most ${schema.maximum}`)
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) fail(`must be more than ${schema.exclusiveMinimum}`)
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) fail(`must have at least ${schema.minLength} characters`)
    if (schema.pattern) {
      let re = null
      try { re = new RegExp(schema.pattern, 'u') } catch { /* a pattern JavaScript cannot read is left to the server */ }
      if (re && !re.test(value)) fail(`${show(value)} does not match ${schema.pattern}`)
    }
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) fail(`needs at least ${schema.minItems} items`)
    if (schema.maxItems !== undefined && value.length > schema.maxItems) fail(`takes at most ${schema.maxItems} items`)
    if (schema.uniqueItems && new Set(value.map(show)).size !== value.length) fail('has repeated items')
    if (schema.items) value.forEach((v, i) => check(schema.items, v, `${path}[${i}]`, root, errors))
  }
  if (typeOf(value) === 'object') checkObject(schema, value, path, root, errors)
  for (const part of schema.allOf || []) check(part, value, path, root, errors)
  if (schema.anyOf) checkAlternatives(schema.anyOf, value, path, root, errors, 'any')
  if (schema.oneOf) checkOneOf(schema, value, path, root, errors)
}

function checkObject (schema, value, path, root, errors) {
  for (const name of schema.required || []) {
    if (!(name in value)) errors.push({ path, message: `needs ${show(name)}` })
  }
  const props = schema.properties || {}
  for (const [name, v] of Object.entries(value)) {
    if (props[name]) check(props[name], v, `${path}.${name}`, root, errors)
    else if (schema.additionalProperties === false) errors.push({ path: `${path}.${name}`, message: 'is not a known param' })
    else if (typeof schema.additionalProperties === 'object') check(schema.additionalProperties, v, `${path}.${name}`, root, errors)
  }
}

function checkAlternatives (branches, value, path, root, errors, word) {
  const outcomes = branches.map((branch) => {
    const found = []
    check(branch, value, path, root, found)
    return { branch: resolve(branch, root), found }
  })
  if (outcomes.some((o) => o.found.length === 0)) return
  // Name what failed in the branch that fits the value's type, as the emulator does.
  const fitting = outcomes.find((o) => !o.branch.type || typeMatches(o.branch.type, value))
  if (fitting) errors.push(...fitting.found)
  else errors.push({ path, message: `does not match ${word} of the allowed forms` })
}

function checkOneOf (schema, value, path, root, errors) {
  const discriminator = schema.discriminator
  if (discriminator && typeOf(value) === 'object') {
    const name = value[discriminator.propertyName]
    const target = discriminator.mapping?.[name]
    if (!target) {
      errors.push({ path: `${path}.${discriminator.propertyName}`, message: name === undefined ? 'is missing' : `${show(name)} is not a known robot` })
      return
    }
    check({ $ref: target }, value, path, root, errors)
    return
  }
  checkAlternatives(schema.oneOf, value, path, root, errors, 'one')
}

/** Errors of `value` against the schema named `name` of `spec` (components.schemas): [{path, message}]. */
export function validate (spec, name, value, path = '') {
  const errors = []
  check({ $ref: `#/components/schemas/${name}` }, value, path, spec, errors)
  return errors
}
