/** Instances of the domain's Schema classes from values our own code built and checked, made without the constructor's copy and checks. */

/**
 * The same value `new cls(props, true)` gives (own fields, prototype, equality), without copying `props`, looking for
 * defaults or validating: for hot paths such as the extractor, whose values are made from parts it has checked. Only
 * for classes without constructor defaults (none of the domain's entities has one); `props` is taken over, not copied.
 */
export const trusted = <C extends abstract new (props: never, options?: never) => object>(cls: C, props: ConstructorParameters<C>[0]): InstanceType<C> =>
  Object.assign(Object.create(cls.prototype as object) as InstanceType<C>, props)
