import { useId, useState, type FormEvent, type KeyboardEvent, type Ref } from 'react';
import { Button } from './Button.js';

export type MessageComposerProps = {
  onSend: (text: string) => void;
  label?: string;
  placeholder?: string;
  /** Why writing is not possible right now; shown in place of the placeholder. */
  disabledReason?: string | null;
  maxLength?: number;
  /** Controlled draft (e.g. so suggested text can be inserted); uncontrolled when absent. */
  value?: string;
  onValueChange?: (text: string) => void;
  inputRef?: Ref<HTMLTextAreaElement>;
};

/** Grows with the text up to six lines, then scrolls. */
const rowsFor = (text: string): number => Math.min(6, Math.max(1, text.split('\n').length));

/** Enter sends, Shift+Enter starts a new line; the text is kept if sending is impossible. */
export function MessageComposer({ onSend, label = 'Message', placeholder = 'Write a message', disabledReason = null, maxLength = 4000, value, onValueChange, inputRef }: MessageComposerProps) {
  const id = useId();
  const [own, setOwn] = useState('');
  const text = value ?? own;
  const setText = (next: string) => (onValueChange ? onValueChange(next) : setOwn(next));
  const disabled = disabledReason !== null;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const trimmed = text.trim();
    if (!trimmed || disabled) return;
    onSend(trimmed);
    setText('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <form className="composer" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <textarea
        id={id}
        ref={inputRef}
        rows={rowsFor(text)}
        value={text}
        maxLength={maxLength}
        placeholder={disabledReason ?? placeholder}
        disabled={disabled}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <Button type="submit" disabled={disabled || text.trim() === ''}>
        Send
      </Button>
    </form>
  );
}
