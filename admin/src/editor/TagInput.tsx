/** Names with autocomplete (tags, authors): pick a suggestion or press Enter to add a new one. */
import { useEffect, useRef, useState } from 'preact/hooks';

export function TagInput(props: { id: string; label: string; hint?: string; values: string[]; disabled: boolean; suggest(q: string): Promise<string[]>; onChange(v: string[]): void }) {
  const [text, setText] = useState('');
  const [options, setOptions] = useState<string[]>([]);
  const [active, setActive] = useState(-1);
  const timer = useRef<number | undefined>(undefined);
  const listId = `${props.id}-options`;

  useEffect(() => {
    window.clearTimeout(timer.current);
    if (!text.trim()) return setOptions([]);
    let live = true;
    timer.current = window.setTimeout(() => {
      props.suggest(text.trim()).then((o) => live && setOptions(o.filter((x) => !props.values.includes(x))), () => undefined);
    }, 150);
    return () => {
      live = false;
    };
  }, [text]);

  function add(v: string) {
    const name = v.trim();
    if (name && !props.values.includes(name)) props.onChange([...props.values, name]);
    setText('');
    setOptions([]);
    setActive(-1);
  }

  return (
    <div class="field tag-input">
      <label for={props.id}>{props.label}</label>
      <ul class="chips" aria-label={props.label}>
        {props.values.map((v) => (
          <li key={v}>
            <span>{v}</span>
            {!props.disabled && (
              <button type="button" aria-label={`× ${v}`} onClick={() => props.onChange(props.values.filter((x) => x !== v))}>
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      <input
        id={props.id}
        role="combobox"
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        disabled={props.disabled}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ',' || e.key === '،') {
            e.preventDefault();
            add(active >= 0 ? options[active]! : text);
          } else if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive(Math.min(options.length - 1, active + 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive(Math.max(-1, active - 1));
          } else if (e.key === 'Escape') setOptions([]);
        }}
      />
      {options.length > 0 && (
        <ul class="suggestions" role="listbox" id={listId}>
          {options.map((o, i) => (
            <li key={o} id={`${listId}-${i}`} role="option" aria-selected={i === active} class={i === active ? 'on' : undefined} onMouseDown={(e) => e.preventDefault()} onClick={() => add(o)}>
              {o}
            </li>
          ))}
        </ul>
      )}
      {props.hint && <small class="hint">{props.hint}</small>}
    </div>
  );
}
