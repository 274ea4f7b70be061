/**
 * React elements made into DOM nodes without React DOM: for a share link's early verdict, which
 * shows the real verdict component's markup before React DOM (most of the first load's bytes) has
 * arrived. Only for hook-free components: each function component is called as a plain function,
 * a lazy component whose code is not in counts as suspended (its nearest Suspense shows its
 * fallback, as React does before the chunk arrives), and event handlers are dropped (the nodes are
 * a stand-in, replaced when the page mounts). Attributes follow React DOM's rules for what the
 * verdict uses (`className`, `htmlFor`, booleans, `aria-*` and `data-*` as strings, a select's
 * `value` marks its option); `static-markup.test.tsx` holds the output to React DOM's own for the
 * verdict. Style attributes are left out: the pages' CSP forbids them in markup.
 */
import { Fragment, Suspense, type ReactNode } from 'react';

const LAZY = Symbol.for('react.lazy');
/** Thrown by a lazy component, caught by the nearest Suspense. */
const SUSPENDED = Symbol('suspended');

const ATTRIBUTE_NAMES: Record<string, string> = {
  className: 'class',
  htmlFor: 'for',
  tabIndex: 'tabindex',
};
/** Attributes React DOM writes as present-or-absent. */
const BOOLEAN_ATTRIBUTES = new Set(['hidden', 'disabled', 'open', 'selected', 'checked']);

interface Element {
  type: unknown;
  props: Record<string, unknown>;
}

function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && 'type' in node && 'props' in node;
}

function setAttributes(el: HTMLElement, props: Record<string, unknown>, selected?: string): void {
  for (const [name, value] of Object.entries(props)) {
    // A select's value marks its option instead (below).
    const valueAttribute = el.tagName === 'INPUT' || el.tagName === 'OPTION';
    if (
      name === 'children' ||
      name === 'style' ||
      name === 'dangerouslySetInnerHTML' ||
      ((name === 'value' || name === 'defaultValue') && !valueAttribute) ||
      /^on[A-Z]/.test(name) ||
      value === undefined ||
      value === null ||
      typeof value === 'function'
    )
      continue;
    const attr = name === 'defaultValue' ? 'value' : (ATTRIBUTE_NAMES[name] ?? name);
    if (BOOLEAN_ATTRIBUTES.has(attr)) {
      if (value) el.setAttribute(attr, '');
    } else if (typeof value === 'boolean') {
      // React DOM writes only aria-* and data-* booleans, as "true" / "false".
      if (/^(aria|data)-/.test(attr)) el.setAttribute(attr, String(value));
    } else {
      el.setAttribute(attr, String(value as string | number));
    }
  }
  if (el.tagName === 'OPTION' && selected !== undefined && props.value === selected)
    el.setAttribute('selected', '');
}

function append(parent: Node, node: ReactNode, selected: string | undefined): void {
  if (node === null || node === undefined || typeof node === 'boolean') return;
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') {
    parent.appendChild(document.createTextNode(String(node)));
    return;
  }
  if (Array.isArray(node) || (typeof node === 'object' && Symbol.iterator in node)) {
    for (const child of node as Iterable<ReactNode>) append(parent, child, selected);
    return;
  }
  if (!isElement(node)) throw new Error('static markup: not a React element');
  const { type, props } = node;
  const children = props.children as ReactNode;
  if (type === Fragment) return append(parent, children, selected);
  if (type === Suspense) {
    const box = document.createDocumentFragment();
    try {
      append(box, children, selected);
    } catch (e) {
      if (e !== SUSPENDED) throw e;
      return append(parent, props.fallback as ReactNode, selected);
    }
    parent.appendChild(box);
    return;
  }
  if (typeof type === 'function') {
    return append(parent, (type as (p: typeof props) => ReactNode)(props), selected);
  }
  if (typeof type === 'object' && type !== null && '$$typeof' in type && type.$$typeof === LAZY)
    throw SUSPENDED;
  if (typeof type !== 'string') throw new Error('static markup: an element type it cannot render');
  const el = document.createElement(type);
  setAttributes(el, props, selected);
  const html = props.dangerouslySetInnerHTML as { __html?: string } | undefined;
  if (html?.__html !== undefined) el.innerHTML = html.__html;
  else append(el, children, type === 'select' ? (props.value as string | undefined) : selected);
  parent.appendChild(el);
}

/** The nodes `node` renders to (hook-free components only). */
export function renderStatic(node: ReactNode): DocumentFragment {
  const out = document.createDocumentFragment();
  try {
    append(out, node, undefined);
  } catch (e) {
    if (e === SUSPENDED) throw new Error('static markup: a lazy component outside Suspense');
    throw e;
  }
  return out;
}
