/** An ordinary anchor that navigates inside the app without reloading, keeping middle-click and new-tab behaviour. */
import type { AnchorHTMLAttributes, MouseEvent } from "react"
import { navigate } from "../state/navigation.ts"
import { routeHref, type Route } from "../state/urlState.ts"

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> {
  readonly to: Route | string
}

export const Link = ({ to, onClick, ...rest }: LinkProps) => {
  const href = typeof to === "string" ? to : routeHref(to)
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event)
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    navigate(href)
  }
  return <a {...rest} href={href} onClick={handleClick} />
}
