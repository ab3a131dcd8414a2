import { Kind, parse, visit, type DocumentNode } from 'graphql'

const refusal = (message: string) => Response.json({ errors: [{ message }] }, { status: 400 })

/** The name of a fragment that spreads into itself through others, if any. */
export function fragmentCycle(document: DocumentNode): string | null {
  const spreads = new Map<string, string[]>()
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue
    const names: string[] = []
    visit(definition.selectionSet, {
      FragmentSpread: (node) => {
        names.push(node.name.value)
      },
    })
    spreads.set(definition.name.value, names)
  }
  const done = new Set<string>()
  const visiting = new Set<string>()
  const walk = (name: string): boolean => {
    if (visiting.has(name)) return true
    if (done.has(name)) return false
    visiting.add(name)
    const cyclic = (spreads.get(name) ?? []).some(walk)
    visiting.delete(name)
    done.add(name)
    return cyclic
  }
  for (const name of spreads.keys()) if (walk(name)) return name
  return null
}

/**
 * A fragment that spreads into itself made Payload's query-complexity check recurse until the
 * stack ran out (a 500 with an empty body). GraphQL's own rule refuses it too, but only after
 * that check has run; this answers first, with the fragment named.
 */
export async function refuseFragmentCycles(request: Request): Promise<Response | null> {
  const body = (await request
    .clone()
    .json()
    .catch(() => null)) as { query?: unknown } | null
  if (typeof body?.query !== 'string') return null
  let document: DocumentNode
  try {
    document = parse(body.query)
  } catch {
    // Payload answers syntax errors itself, with the position.
    return null
  }
  const cycle = fragmentCycle(document)
  return cycle ? refusal(`Fragment "${cycle}" spreads into itself.`) : null
}
