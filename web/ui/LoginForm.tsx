import { useState, type FormEvent } from 'react';
import { Banner } from './Banner.js';
import { Button } from './Button.js';
import { Card } from './Card.js';
import { TextField } from './TextField.js';

export type LoginFormProps = {
  title: string;
  /** Rejects with an Error whose message is shown. */
  onLogin: (email: string, password: string) => Promise<void>;
  note?: string;
};

export function LoginForm({ title, onLogin, note }: LoginFormProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onLogin(email.trim(), password);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'Login failed.');
      setBusy(false);
    }
  };

  return (
    <main className="login" id="main">
      <Card title={<span>{title}</span>}>
        <form onSubmit={submit} noValidate>
          <TextField label="Email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
          <TextField label="Password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          {error ? <Banner tone="danger" role="alert">{error}</Banner> : null}
          <p />
          <Button type="submit" block busy={busy}>
            Log in
          </Button>
        </form>
        {note ? <p className="muted small" style={{ marginTop: 12 }}>{note}</p> : null}
      </Card>
    </main>
  );
}
