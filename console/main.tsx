import { render } from 'preact';

/** The agents' console. Placeholder until the handoff issue builds the inbox. */
function Console() {
  return (
    <main>
      <h1>Kefu console</h1>
      <p>The agent inbox is not built yet. Conversations that ask for a person wait in the queue.</p>
    </main>
  );
}

render(<Console />, document.getElementById('app')!);
