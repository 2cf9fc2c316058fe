/** How an actor seen again (in another article) merges with what is known of it: first name, kind and country kept, aliases and roles unioned. */
import type { Actor } from "@wirewatch/domain"

export type ActorFields = Pick<Actor, "id" | "name" | "kind" | "aliases" | "roles" | "country">

const union = (a: ReadonlyArray<string>, b: ReadonlyArray<string>): ReadonlyArray<string> => [...new Set([...a, ...b])]

export const mergeActor = (known: ActorFields, seen: ActorFields): ActorFields => ({
  id: known.id,
  name: known.name,
  kind: known.kind,
  aliases: union(known.aliases, seen.aliases),
  roles: union(known.roles, seen.roles),
  country: known.country ?? seen.country
})

/** Merges a batch of actors into the known ones, in order; returns every actor of the batch as it now stands. */
export const mergeActors = (known: ReadonlyMap<string, ActorFields>, seen: ReadonlyArray<ActorFields>): ReadonlyMap<string, ActorFields> => {
  const merged = new Map<string, ActorFields>()
  for (const actor of seen) {
    const current = merged.get(actor.id) ?? known.get(actor.id)
    merged.set(actor.id, current === undefined ? actor : mergeActor(current, actor))
  }
  return merged
}
