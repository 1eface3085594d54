// Server commands that let browser tests drive Playwright: take the network offline, answer
// chosen requests with a crafted response, and read the page's JS heap over CDP.
// Call them from a test with `executeServerCommand('videokit:…', payload)` (@web/test-runner-commands).

const cdpSessions = new WeakMap();

async function cdpFor(page) {
  let session = cdpSessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    cdpSessions.set(page, session);
  }
  return session;
}

/**
 * `videokit:respond`: the next `times` requests matching `method` and the `url` pattern (a
 * RegExp source), skipping `skip` of them and any `bytes *\/…` status probe, are answered with
 * `status`, `headers` and `body` instead of reaching the server.
 */
async function respond(page, { url, method = 'PUT', skip = 0, times = 1, status, headers = {}, body = '' }) {
  const pattern = new RegExp(url);
  let seen = 0;
  let answered = 0;
  const handler = async (route, request) => {
    const range = (await request.headerValue('content-range')) ?? '';
    const matches = request.method() === method && !range.startsWith('bytes */') && answered < times;
    if (matches && seen++ >= skip) {
      answered += 1;
      await route.fulfill({ status, headers, body });
      if (answered >= times) await page.unroute(pattern, handler);
      return;
    }
    await route.fallback();
  };
  await page.route(pattern, handler);
}

export function playwrightCommands() {
  return {
    name: 'videokit-playwright-commands',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('videokit:')) return undefined;
      const page = session.browser.getPage(session.id);
      switch (command) {
        case 'videokit:set-offline':
          await page.context().setOffline(Boolean(payload?.offline));
          return true;
        case 'videokit:offline-blip':
          // Offline and back in one command: while offline, the page cannot send the next one.
          await page.context().setOffline(true);
          await page.waitForFunction(() => !navigator.onLine);
          await new Promise((resolve) => setTimeout(resolve, payload?.holdMs ?? 200));
          await page.context().setOffline(false);
          await page.waitForFunction(() => navigator.onLine);
          return true;
        case 'videokit:respond':
          await respond(page, payload);
          return true;
        case 'videokit:unroute-all':
          await page.unrouteAll({ behavior: 'ignoreErrors' });
          return true;
        case 'videokit:heap': {
          const cdp = await cdpFor(page);
          if (payload?.collectGarbage) await cdp.send('HeapProfiler.collectGarbage');
          const { usedSize } = await cdp.send('Runtime.getHeapUsage');
          return usedSize;
        }
        default:
          throw new Error(`unknown command ${command}`);
      }
    },
  };
}
