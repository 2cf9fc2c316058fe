/** A select option for an actor the listed ones do not include (a link chose it): labelled with the actor's name once fetched, its id until then. */
import { getActor } from "../api/client.ts"
import { useRemote } from "../api/useRemote.ts"

export const ActorOption = ({ id }: { readonly id: string }) => {
  const actor = useRemote(`actor:${id}`, (signal) => getActor(id, signal))
  return <option value={id}>{actor.status === "success" ? `${actor.value.actor.name} (${actor.value.statementCount})` : id}</option>
}
