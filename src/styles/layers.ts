/**
 * The order of the cascade layers. A layer's place is fixed where it is first named, and a page links its
 * stylesheets in whatever order the build chooses, so every stylesheet opens with this statement: were one
 * to name `components` first, the `reset` rules declared later would outrank every component.
 * tests/unit/css-layer-order.test.ts checks each stylesheet in src/ and the generated code colours.
 */
export const LAYER_ORDER = '@layer reset, tokens, base, layout, components, code, utilities, print;';
