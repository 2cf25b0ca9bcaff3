/** The body editor: TipTap with paragraphs, h2–h4, bold/italic, links, quotes, lists, library images and video embeds. */
import { Editor } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import Placeholder from '@tiptap/extension-placeholder';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/index.js';
import { embedUrl, FigureImage, VideoEmbed } from './nodes.js';

export interface BodyEditorProps {
  html: string;
  editable: boolean;
  onChange(html: string): void;
  onReady(editor: Editor): void;
  onPickImage(): void;
  /** Accessible name of the editing area. */
  label: string;
}

export function BodyEditor(props: BodyEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [, setTick] = useState(0);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    const ed = new Editor({
      element: host.current!,
      editable: props.editable,
      content: props.html,
      // No injected <style> (the CSP allows styles only from 'self'): the rules are in styles.css.
      injectCSS: false,
      extensions: [
        StarterKit.configure({
          heading: { levels: [2, 3, 4] },
          code: false,
          codeBlock: false,
          strike: false,
          link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto', 'tel'], HTMLAttributes: { rel: 'noopener noreferrer', target: null } },
        }),
        Image.configure({ inline: false }),
        FigureImage,
        VideoEmbed,
        Placeholder.configure({ placeholder: t('editor.bodyPlaceholder') }),
      ],
      editorProps: {
        attributes: { 'aria-label': props.label, 'aria-multiline': 'true', role: 'textbox', dir: 'auto', class: 'prose', 'data-testid': 'body-editor' },
      },
      onUpdate: ({ editor }) => latest.current.onChange(editor.isEmpty ? '' : editor.getHTML()),
      onTransaction: () => setTick((n) => n + 1),
    });
    setEditor(ed);
    props.onReady(ed);
    return () => ed.destroy();
  }, []);

  useEffect(() => {
    editor?.setEditable(props.editable);
  }, [editor, props.editable]);

  const b = (label: string, active: boolean, run: () => void, testId?: string) => (
    <button type="button" class={active ? 'on' : undefined} aria-pressed={active} disabled={!props.editable} onMouseDown={(e) => e.preventDefault()} onClick={run} data-testid={testId}>
      {label}
    </button>
  );
  const c = () => editor!.chain().focus();

  return (
    <div class="body-editor">
      {editor && (
        <div class="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
          {b(t('toolbar.paragraph'), editor.isActive('paragraph'), () => c().setParagraph().run())}
          {b(t('toolbar.h2'), editor.isActive('heading', { level: 2 }), () => c().toggleHeading({ level: 2 }).run())}
          {b(t('toolbar.h3'), editor.isActive('heading', { level: 3 }), () => c().toggleHeading({ level: 3 }).run())}
          {b(t('toolbar.bold'), editor.isActive('bold'), () => c().toggleBold().run(), 'tb-bold')}
          {b(t('toolbar.italic'), editor.isActive('italic'), () => c().toggleItalic().run())}
          {b(t('toolbar.link'), editor.isActive('link'), () => {
            const prev = (editor.getAttributes('link').href as string | undefined) ?? '';
            const href = window.prompt(t('toolbar.linkPrompt'), prev);
            if (href === null) return;
            if (!href.trim()) c().extendMarkRange('link').unsetLink().run();
            else c().extendMarkRange('link').setLink({ href: href.trim() }).run();
          })}
          {b(t('toolbar.quote'), editor.isActive('blockquote'), () => c().toggleBlockquote().run())}
          {b(t('toolbar.bullet'), editor.isActive('bulletList'), () => c().toggleBulletList().run())}
          {b(t('toolbar.ordered'), editor.isActive('orderedList'), () => c().toggleOrderedList().run())}
          {b(t('toolbar.image'), false, () => props.onPickImage(), 'tb-image')}
          {b(t('toolbar.video'), false, () => {
            const url = window.prompt(t('toolbar.videoPrompt'));
            if (!url) return;
            const src = embedUrl(url);
            if (!src) return window.alert(t('toolbar.videoBad'));
            c().insertContent({ type: 'videoEmbed', attrs: { src } }).run();
          })}
          {b(t('toolbar.undo'), false, () => c().undo().run())}
          {b(t('toolbar.redo'), false, () => c().redo().run())}
        </div>
      )}
      <div ref={host} class="body-host" />
    </div>
  );
}
