import type { Server } from 'node:http';
import yaml from 'js-yaml';
import { listenLoopback, closeServer } from './http-double.js';

/**
 * A Helm chart repository on loopback: GET /index.yaml answers an index in Helm's format (entries per
 * chart: version, appVersion, created, urls), as helm.linkerd.io serves it; anything else 404.
 */
export async function chartRepo(
  entries: Record<string, { version: string; appVersion?: string; created?: string }[]>,
): Promise<{ url: string; requests: string[]; stop: () => Promise<void> }> {
  const requests: string[] = [];
  const body = yaml.dump({
    apiVersion: 'v1',
    entries: Object.fromEntries(Object.entries(entries).map(([name, list]) => [name, list.map((e) => ({ name, ...e, urls: [`${name}-${e.version}.tgz`] }))])),
    generated: '2026-11-30T00:00:00Z',
  });
  const { server, port } = await listenLoopback((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    if (req.url === '/index.yaml') {
      res.writeHead(200, { 'content-type': 'text/yaml' });
      res.end(body);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  return { url: `http://127.0.0.1:${port}`, requests, stop: () => closeServer(server as Server) };
}
