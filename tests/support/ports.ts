import { createServer } from 'node:net';

/**
 * Stops, naming the port, when it is taken: Astro would move to the next free port, and whatever
 * listens on the taken one would answer the test (docs/testing.md, "Ports").
 */
export const refuseTakenPort = (port: number, host: string) =>
  new Promise<void>((resolve, reject) => {
    const probe = createServer().once('error', (error) =>
      reject(new Error(`Port ${port} is already in use: stop what listens there, then run again.`, { cause: error })),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
