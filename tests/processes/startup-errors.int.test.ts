import { spawn } from 'node:child_process';
import path from 'node:path';

// These run the built entry points (`npm test` builds first), as an operator would.
const root = path.join(__dirname, '..', '..');
const mains = {
  identity: path.join(root, 'subgraphs/identity/dist/main.js'),
  registry: path.join(root, 'schema-registry/dist/main.js'),
  gateway: path.join(root, 'gateway/dist/main.js'),
};
const PUBLIC_KEY = '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n-----END PUBLIC KEY-----';

function run(main: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [main, ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

const UNREACHABLE_DB = 'mysql://egob:s3cret@127.0.0.1:1/egob_nowhere';

describe('a service that cannot start says why in one line and exits non-zero', () => {
  it('subgraph: unreachable database names DATABASE_URL and hides the password', async () => {
    const { code, stderr } = await run(mains.identity, ['serve'], { DATABASE_URL: UNREACHABLE_DB, CONTEXT_TOKEN_PUBLIC_KEYS: PUBLIC_KEY, REGISTRY_PUBLISH: 'false' });
    expect(code).toBe(1);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^cannot open the database of DATABASE_URL \(mysql:\/\/egob:…@127\.0\.0\.1:1\/egob_nowhere\): /);
    expect(stderr).not.toContain('s3cret');
  });

  it('subgraph: a bad variable is named', async () => {
    const { code, stderr } = await run(mains.identity, ['serve'], { PORT: 'abc', CONTEXT_TOKEN_PUBLIC_KEYS: PUBLIC_KEY });
    expect(code).toBe(1);
    expect(stderr).toBe('Invalid configuration: PORT: must be a number (got "abc")\n');
  });

  it('registry: unreachable database names DATABASE_URL', async () => {
    const { code, stderr } = await run(mains.registry, [], { DATABASE_URL: UNREACHABLE_DB });
    expect(code).toBe(1);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain('DATABASE_URL');
    expect(stderr).not.toContain('s3cret');
  });

  it('gateway: refuses to start without its signing key', async () => {
    const { code, stderr } = await run(mains.gateway, [], {});
    expect(code).toBe(1);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain('CONTEXT_TOKEN_PRIVATE_KEY');
  });
});
