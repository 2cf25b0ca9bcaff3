/** Small shared pieces: links, notices, labelled fields. */
import type { ComponentChildren } from 'preact';
import { BASE, linkClick } from '../router.js';

export function Link(props: { to: string; class?: string; children: ComponentChildren; 'aria-current'?: 'page' | undefined }) {
  return (
    <a href={BASE + props.to} class={props.class} onClick={linkClick(props.to)} aria-current={props['aria-current']}>
      {props.children}
    </a>
  );
}

/** A status line for screen readers and eyes: role=alert for errors, role=status otherwise. */
export function Notice(props: { kind: 'error' | 'ok' | 'info' | 'warn'; children: ComponentChildren; testId?: string }) {
  return (
    <div class={`notice notice-${props.kind}`} role={props.kind === 'error' ? 'alert' : 'status'} data-testid={props.testId}>
      {props.children}
    </div>
  );
}

export function Field(props: { label: string; id: string; hint?: string; children: ComponentChildren; class?: string }) {
  return (
    <div class={`field ${props.class ?? ''}`}>
      <label for={props.id}>{props.label}</label>
      {props.children}
      {props.hint && <small class="hint">{props.hint}</small>}
    </div>
  );
}
