/*
 * The reference board: a committee's live session on a projector (ADR 37).
 *
 * State comes only from the streams: the session stream sends the whole session after every change
 * (ADR 16), the vote stream the whole vote with its tally (ADR 18). The timer is the server's: it
 * is recomputed locally from startedAt, durationSeconds and pausedRemainingSeconds, shifted by the
 * difference between the server's clock (serverTime) and ours, so a drifting projector clock or a
 * late event never shows a different time from the chair's screen.
 */
(function () {
  'use strict';

  const TOKEN_KEY = 'quorum.board.token';
  const $ = (id) => document.getElementById(id);
  const params = new URLSearchParams(location.search);

  let sessionStream = null;
  let voteStream = null;
  let followedVote = null;
  let speakerTimer = null;
  let clockOffsetMs = 0;

  $('token').value = sessionStorage.getItem(TOKEN_KEY) || '';
  $('conference').value = params.get('conference') || '';
  $('session').value = params.get('session') || '';

  function token() {
    return $('token').value.trim();
  }

  function showError(message) {
    $('setup-error').textContent = message;
  }

  async function api(method, path, body) {
    const headers = { Accept: 'application/json' };
    if (token()) headers.Authorization = 'Bearer ' + token();
    if (body) headers['Content-Type'] = 'application/json';
    const response = await fetch(path, { method: method, headers: headers, body: body && JSON.stringify(body) });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) {
      // Problem responses (RFC 9457) say what is wrong in "detail".
      throw new Error(json.detail || json.title || 'HTTP ' + response.status);
    }
    return json;
  }

  $('sign-in').addEventListener('click', async () => {
    try {
      const answer = await api('POST', '/api/auth/token', { username: $('username').value, password: $('password').value });
      $('token').value = answer.access_token;
      $('password').value = '';
      sessionStorage.setItem(TOKEN_KEY, answer.access_token);
      showError('');
    } catch (e) {
      showError('Sign-in failed: ' + e.message);
    }
  });

  $('load-committees').addEventListener('click', async () => {
    try {
      const page = await api('GET', '/api/committees?conferenceId=' + encodeURIComponent($('conference').value.trim()) + '&size=100');
      const select = $('committee');
      select.replaceChildren();
      page.items.forEach((c) => {
        const option = document.createElement('option');
        option.value = c.committeeId;
        option.textContent = c.abbreviation ? c.abbreviation + ' — ' + c.name : c.name;
        select.appendChild(option);
      });
      showError(page.items.length ? '' : 'No committees in this conference.');
      if (page.items.length) findOpenSession(select.value);
    } catch (e) {
      showError('Could not load committees: ' + e.message);
    }
  });

  $('committee').addEventListener('change', () => findOpenSession($('committee').value));

  // Fills in the committee's open session, if it has one; the session id field stays for typing one.
  async function findOpenSession(committeeId) {
    try {
      const page = await api('GET', '/api/committees/' + encodeURIComponent(committeeId) + '/sessions?open=true&size=1');
      if (page.items.length) {
        $('session').value = page.items[0].sessionId;
        showError('');
      } else {
        showError('This committee has no open session: wait for the chair to open one, or enter a session id.');
      }
    } catch (e) {
      showError('Could not find the committee\'s open session (' + e.message + '): enter its session id.');
    }
  }

  $('setup').addEventListener('submit', (event) => {
    event.preventDefault();
    const session = $('session').value.trim();
    if (!session) {
      showError('No open session found: enter the session id the chair opened (shown on the chair\'s screen).');
      return;
    }
    sessionStorage.setItem(TOKEN_KEY, token());
    const selected = $('committee').selectedOptions[0];
    $('committee-name').textContent = selected ? selected.textContent : '';
    // A bookmarkable address for the projector; the token never goes into the URL (logs keep URLs).
    const url = new URL(location.href);
    url.searchParams.set('session', session);
    if ($('conference').value.trim()) url.searchParams.set('conference', $('conference').value.trim());
    history.replaceState(null, '', url);
    follow(session);
  });

  function follow(sessionId) {
    if (sessionStream) sessionStream.close();
    $('setup').hidden = true;
    $('board').hidden = false;
    sessionStream = QuorumStream.follow('/api/sessions/' + encodeURIComponent(sessionId) + '/stream', {
      token: token(),
      onEvent: (name, session) => { if (name === 'session') showSession(session); },
      onStatus: showConnection,
    });
  }

  function showConnection(status, detail) {
    const badge = $('connection');
    badge.className = 'connection ' + status;
    badge.textContent = status === 'failed' ? 'refused (' + detail + ')' : status;
  }

  function showSession(s) {
    clockOffsetMs = Date.parse(s.serverTime) - Date.now();
    $('session-state').textContent = s.state.replaceAll('_', ' ').toLowerCase();
    $('quorum').textContent = s.quorum.presentVotingMembers + ' of ' + s.quorum.votingMembers + ' present'
      + (s.quorum.vote ? ', may vote' : s.quorum.debate ? ', may debate' : ', no quorum');
    if (!$('committee-name').textContent) $('committee-name').textContent = 'Committee ' + s.committeeId;

    const list = s.caucusList || s.generalList;
    const queue = list ? list.queue : [];
    fill($('speakers'), queue.map((seat) => seat.name));
    $('next-speaker').textContent = queue.length ? queue[0].name : '—';

    const timer = s.currentSpeaker ? s.currentSpeaker.timer : s.caucus ? s.caucus.timer : null;
    $('current-speaker').textContent = s.currentSpeaker ? s.currentSpeaker.name
      : s.caucus ? (s.caucus.moderated ? 'Moderated caucus: ' : 'Unmoderated caucus: ') + s.caucus.topic : '—';
    speakerTimer = timer;
    tick();

    fill($('motions'), s.pendingMotions.map((m) => m.title || m.type.replaceAll('_', ' ').toLowerCase()));
    if (s.currentVote && s.currentVote.voteId !== followedVote) followVote(s.currentVote.voteId, s.currentVote.title);
  }

  function followVote(voteId, title) {
    if (voteStream) voteStream.close();
    followedVote = voteId;
    let closed = false;
    $('vote').hidden = false;
    $('vote-title').textContent = title || '';
    voteStream = QuorumStream.follow('/api/votes/' + encodeURIComponent(voteId) + '/stream', {
      token: token(),
      // The session names the vote as soon as committee-service asked for it; voting-service opens
      // it a moment later, from the event: until then its stream is a 404.
      retryNotFound: true,
      // The server ends a vote's stream once the vote is closed: nothing more will come.
      endOn: () => closed,
      onEvent: (name, vote) => {
        closed = name === 'closed';
        showVote(vote);
      },
    });
  }

  function showVote(v) {
    if (v.subject && v.subject.title) $('vote-title').textContent = v.subject.title;
    $('tally-yes').textContent = v.counts.yes;
    $('tally-no').textContent = v.counts.no;
    $('tally-abstain').textContent = v.counts.abstain;
    $('tally-not-voting').textContent = v.counts.notVoting;
    $('vote-status').textContent = v.status.toLowerCase();
    $('vote-outcome').textContent = v.outcome ? v.outcome.toLowerCase() : '';
  }

  /** Remaining whole seconds of a timer at the server's "now". */
  function remainingSeconds(timer) {
    if (timer.pausedRemainingSeconds !== undefined && timer.pausedRemainingSeconds !== null) {
      return timer.pausedRemainingSeconds;
    }
    const elapsedMs = Date.now() + clockOffsetMs - Date.parse(timer.startedAt);
    return Math.max(0, Math.ceil(timer.durationSeconds - elapsedMs / 1000));
  }

  function tick() {
    if (!speakerTimer) {
      $('timer').textContent = '--:--';
      return;
    }
    const left = remainingSeconds(speakerTimer);
    $('timer').textContent = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
  }

  function fill(element, texts) {
    element.replaceChildren(...texts.map((text) => {
      const item = document.createElement('li');
      item.textContent = text;
      return item;
    }));
  }

  setInterval(tick, 250);
  if (params.get('session') && token()) follow(params.get('session'));
})();
