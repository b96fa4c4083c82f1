/*
 * Follows a Quorum event stream (Server-Sent Events) with a bearer token.
 *
 * Why not the browser's EventSource: it cannot send an Authorization header, and every Quorum
 * stream needs a token. This reader speaks the same protocol over fetch(): it parses "event:",
 * "data:", "id:" and "retry:" lines, ignores ":" comments (":connected", ":heartbeat"), and after a
 * dropped connection reconnects with Last-Event-ID set to the last id it saw, exactly as
 * EventSource would. Quorum's events are whole states (ADR 16, 18), so resuming never loses one.
 *
 * Usage (also in docs/integrators.md):
 *   const stream = QuorumStream.follow('/api/sessions/ID/stream', {
 *     token: 'eyJ...',
 *     onEvent: (name, data, id) => { ... },      // data is the parsed JSON
 *     onStatus: (status, detail) => { ... },     // 'connecting' | 'open' | 'retrying' | 'ended' | 'failed'
 *     retryNotFound: false,                      // true: a 404 is retried (a stream about to exist)
 *     endOn: () => false,                        // true: the server's end of the stream is final
 *   });
 *   stream.close();
 */
(function (global) {
  'use strict';

  const FIRST_RETRY_MS = 1000;
  const MAX_RETRY_MS = 15000;

  function follow(url, options) {
    const onEvent = options.onEvent || function () {};
    const onStatus = options.onStatus || function () {};
    let lastEventId = options.lastEventId || null;
    let retryMs = FIRST_RETRY_MS;
    let controller = null;
    let closed = false;

    function status(name, detail) {
      if (!closed || name === 'ended') onStatus(name, detail);
    }

    async function connect() {
      controller = new AbortController();
      const headers = { Accept: 'text/event-stream' };
      if (options.token) headers.Authorization = 'Bearer ' + options.token;
      if (lastEventId !== null) headers['Last-Event-ID'] = lastEventId;
      status('connecting', lastEventId);
      let response;
      try {
        response = await fetch(url, { headers: headers, signal: controller.signal, cache: 'no-store' });
      } catch (e) {
        return retry('network: ' + e.message);
      }
      if (response.status === 404 && options.retryNotFound) {
        // A stream that is about to exist (a vote voting-service has not opened yet).
        return retry('not there yet');
      }
      if (response.status === 401 || response.status === 403 || response.status === 404) {
        // Waiting will not help: a wrong token or a stream that is not there (or not ours).
        status('failed', response.status);
        return;
      }
      if (!response.ok || !response.body) {
        // 429 and 503 carry Retry-After: honour it rather than our own back-off.
        const after = Number(response.headers.get('Retry-After'));
        return retry('HTTP ' + response.status, after > 0 ? after * 1000 : null);
      }
      retryMs = FIRST_RETRY_MS;
      status('open', lastEventId);
      try {
        await read(response.body.getReader());
      } catch (e) {
        if (closed) return;
        return retry('dropped: ' + e.message);
      }
      // The server ended the stream (a closed vote ends its stream): a 404 or a quiet state follows
      // a reconnect, so only an explicit end stops here.
      if (options.endOn && options.endOn()) {
        status('ended');
        return;
      }
      retry('ended by server');
    }

    function retry(reason, afterMs) {
      if (closed) return;
      const wait = afterMs || retryMs;
      retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
      status('retrying', reason);
      setTimeout(function () { if (!closed) connect(); }, wait);
    }

    async function read(reader) {
      const decoder = new TextDecoder();
      let buffer = '';
      let event = { name: 'message', data: [], id: null };
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) return;
        buffer += decoder.decode(chunk.value, { stream: true });
        let newline;
        while ((newline = buffer.search(/\r\n|\r|\n/)) >= 0) {
          const line = buffer.slice(0, newline);
          buffer = buffer.slice(newline + (buffer.startsWith('\r\n', newline) ? 2 : 1));
          if (line === '') {
            dispatch(event);
            event = { name: 'message', data: [], id: null };
          } else if (line[0] !== ':') {
            field(event, line);
          }
        }
      }
    }

    function field(event, line) {
      const colon = line.indexOf(':');
      const name = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? '' : line.slice(colon + 1);
      if (value[0] === ' ') value = value.slice(1);
      if (name === 'event') event.name = value;
      else if (name === 'data') event.data.push(value);
      else if (name === 'id') event.id = value;
      else if (name === 'retry' && /^\d+$/.test(value)) retryMs = Number(value);
    }

    function dispatch(event) {
      if (event.id !== null) lastEventId = event.id;
      if (event.data.length === 0) return;
      let data;
      try {
        data = JSON.parse(event.data.join('\n'));
      } catch (e) {
        data = event.data.join('\n');
      }
      onEvent(event.name, data, event.id);
    }

    connect();
    return {
      close: function () {
        closed = true;
        if (controller) controller.abort();
      },
      lastEventId: function () { return lastEventId; },
    };
  }

  global.QuorumStream = { follow: follow };
})(typeof window !== 'undefined' ? window : this);
