/* B12 assistant chat widget. Plain JS, no dependencies, talks to Rasa's REST channel.
 * Embed: <script src=".../widget.js" defer data-server-url="RASA_BASE_URL"></script>
 * Message content is only ever set with textContent (never innerHTML). */
(function () {
  'use strict';
  const script = document.currentScript;
  if (!script || window.B12Chat) return;
  const ds = script.dataset;
  const cfg = {
    server: (ds.serverUrl || 'http://localhost:5005').replace(/\/+$/, ''),
    title: ds.title || 'Vitamin B12 assistant',
    // The defaults below are bot/settings.py's (tests/unit/test_emergency_number.py keeps them equal):
    // DEFAULT_EMERGENCY_NUMBER, DEFAULT_MAX_MESSAGE_CHARS and DEFAULT_WIDGET_KEEP_HOURS.
    emergency: ds.emergencyNumber || '911',
    maxChars: parseInt(ds.maxChars, 10) || 2000,
    keepHours: parseFloat(ds.keepHours) || 4,
    lang: ds.lang || document.documentElement.lang || 'en',
    timeout: parseInt(ds.timeoutMs, 10) || 20000,
  };
  const KEY = 'b12chat:' + cfg.server;
  const KEEP_MS = cfg.keepHours * 3600 * 1000;
  const hours = cfg.keepHours === 1 ? '1 hour' : cfg.keepHours + ' hours';
  const T = {
    open: 'Ask about vitamin B12', openUrgent: 'Urgent message from the B12 assistant: open the chat',
    close: 'Close chat', summary: 'Save summary', restart: 'Start over',
    intro: 'Hi! I can answer questions about vitamin B12 and help you decide when to see a provider. ' +
      'I give general information, not a diagnosis.',
    kept: 'This conversation is kept on this device for ' + hours + ' after your last message, or until you choose Start over.',
    input: 'Your message', placeholder: 'Type your question…', send: 'Send', typing: 'The assistant is typing…', you: 'You said:', bot: 'Assistant:',
    advice: 'Advice', urgent: 'Urgent', replies: 'Suggested replies', waiting: 'Waiting to send.', notSent: 'Not delivered.',
    offline: 'Cannot reach the assistant. Your messages are kept and will be sent when it is back.',
    slow: 'The assistant did not answer in time. Trying again…', retry: 'Retry now', back: 'Connected again.',
    urgentCall: 'If this is urgent, call ',
    emTitle: 'This may be an emergency', call: 'Call', dismiss: 'Dismiss', dismissLabel: 'Dismiss emergency message',
    note: 'General information only. In an emergency call ', cleared: 'Conversation cleared.',
    confirm: 'Clear this conversation from this device and from the assistant?',
    confirmEm: 'This also removes the emergency advice shown above. If this is urgent, call ',
    confirmYes: 'Clear conversation', confirmNo: 'Cancel', clearedEm: 'Conversation cleared, including the emergency advice.',
    eraseFailed: 'Cleared here, but the server could not delete the old conversation. Please try Start over again later.',
    count: (n) => n.toLocaleString(cfg.lang) + ' of ' + cfg.maxChars.toLocaleString(cfg.lang) + ' characters',
    over: ' The assistant will read the start and ask you for a shorter message.',
    sumTitle: 'Summary for your provider', download: 'Download (.txt)', print: 'Print', backChat: 'Back to chat',
    reported: 'WHAT I REPORTED', given: 'ADVICE GIVEN', full: 'FULL CONVERSATION', none: '(none)',
    disclaimer: 'General information from a chat assistant, not a diagnosis. Please discuss it with a health provider.',
  };

  /* ---------- state (persisted in localStorage for KEEP_MS after the last change) ---------- */
  const fresh = () => ({ sender: null, items: [], emergency: null, updated: 0 });
  let expiredSender = null;
  function load(json) {
    let s = fresh();
    try { s = Object.assign(fresh(), JSON.parse(json) || {}); } catch (e) { /* ignore */ }
    s.items.forEach((it) => { if (!it.id) it.id = newId(); });
    return s;
  }
  let state = load(localStorage.getItem(KEY));
  if (state.updated && Date.now() - state.updated > KEEP_MS) {
    expiredSender = state.sender; state = fresh();
    try { localStorage.removeItem(KEY); } catch (e) { /* ignore */ }
  }
  const save = () => {
    state.updated = Date.now();
    try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* ignore */ }
  };
  function newId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    const b = crypto.getRandomValues(new Uint8Array(16));
    return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  }

  /* ---------- DOM helpers ---------- */
  function el(tag, attrs, kids) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (k === 'text') e.textContent = v;
      else if (k.slice(0, 2) === 'on') e.addEventListener(k.slice(2), v);
      else if (v === true) e.setAttribute(k, '');
      else if (v !== false && v != null) e.setAttribute(k, v);
    });
    (kids || []).forEach((c) => c && e.append(c));
    return e;
  }
  function icon(d) {
    const ns = 'http://www.w3.org/2000/svg';
    const s = document.createElementNS(ns, 'svg');
    s.setAttribute('viewBox', '0 0 24 24'); s.setAttribute('aria-hidden', 'true'); s.setAttribute('focusable', 'false');
    const p = document.createElementNS(ns, 'path'); p.setAttribute('d', d); s.append(p);
    return s;
  }
  const sr = (text) => el('span', { class: 'b12-sr', text });
  const telHref = (n) => 'tel:' + String(n).replace(/[^0-9+*#]/g, '');
  const emNumber = () => (state.emergency && state.emergency.number) || cfg.emergency;
  const emActive = () => !!(state.emergency && !state.emergency.dismissed);

  /* ---------- build UI ---------- */
  const css = el('link', { rel: 'stylesheet', href: new URL('widget.css', script.src).href });
  document.head.append(css);
  const launchText = el('span', { text: T.open });
  const launcher = el('button', { type: 'button', class: 'b12-launcher', 'aria-expanded': 'false',
    'aria-controls': 'b12-panel', onclick: () => toggle() },
  [icon('M4 4h16v12H7l-3 3z'), launchText, el('span', { class: 'b12-badge', 'aria-hidden': 'true', text: '!' })]);
  const closeBtn = el('button', { type: 'button', class: 'b12-close', 'aria-label': T.close, onclick: () => toggle(false) },
    [icon('M6 6l12 12M18 6L6 18')]);
  // The emergency text may scroll inside the banner (with a shadow as the cue): keyboard users reach it too.
  const emText = el('p', { class: 'b12-em-text', tabindex: '0', dir: 'auto' });
  const telLink = el('a', { class: 'b12-tel' });
  const banner = el('div', { class: 'b12-emergency', role: 'alert', hidden: true }, [
    el('p', { class: 'b12-em-title', text: T.emTitle }), emText,
    el('div', { class: 'b12-em-actions' }, [telLink,
      el('button', { type: 'button', class: 'b12-em-dismiss', 'aria-label': T.dismissLabel, text: T.dismiss,
        onclick: () => { state.emergency.dismissed = true; save(); render(); input.focus(); } })]),
  ]);
  const statusText = el('span');
  const statusTel = el('a', { class: 'b12-status-tel' });
  const statusUrgent = el('span', { class: 'b12-status-urgent', hidden: true }, [document.createTextNode(T.urgentCall), statusTel, document.createTextNode('.')]);
  const retryBtn = el('button', { type: 'button', class: 'b12-retry', text: T.retry, hidden: true, onclick: () => retryNow() });
  const status = el('div', { class: 'b12-status', role: 'status' }, [el('p', {}, [statusText, ' ', statusUrgent]), retryBtn]);
  const confirmYes = el('button', { type: 'button', class: 'b12-confirm-yes', text: T.confirmYes, onclick: () => startOver() });
  const confirmText = el('p', { dir: 'auto' });
  const confirmBox = el('div', { class: 'b12-confirm', role: 'group', 'aria-label': T.restart, hidden: true }, [confirmText,
    el('div', { class: 'b12-confirm-actions' }, [confirmYes,
      el('button', { type: 'button', text: T.confirmNo, onclick: () => askStartOver(false) })])]);
  const list = el('ol', { class: 'b12-msgs' });
  const typing = el('div', { class: 'b12-typing', hidden: true }, [sr(T.typing),
    el('span', { 'aria-hidden': 'true' }), el('span', { 'aria-hidden': 'true' }), el('span', { 'aria-hidden': 'true' })]);
  const log = el('div', { class: 'b12-log', tabindex: '0', role: 'region', 'aria-label': 'Conversation' }, [
    el('div', { class: 'b12-intro' }, [el('p', { text: T.intro }), el('p', { class: 'b12-kept', text: T.kept })]), list, typing]);
  const counter = el('p', { id: 'b12-count', class: 'b12-count', hidden: true });
  const input = el('input', { id: 'b12-input', class: 'b12-input', type: 'text', autocomplete: 'off', dir: 'auto',
    enterkeyhint: 'send', placeholder: T.placeholder, 'aria-describedby': 'b12-count', oninput: () => count() });
  const form = el('form', { class: 'b12-form', onsubmit: (ev) => { ev.preventDefault(); send(input.value); } }, [
    el('label', { class: 'b12-sr', for: 'b12-input', text: T.input }), input,
    el('button', { type: 'submit', class: 'b12-send', text: T.send }),
  ]);
  const noteTel = el('a', { href: telHref(cfg.emergency), text: cfg.emergency });
  const chatView = el('div', { class: 'b12-chat' }, [
    el('div', { class: 'b12-tools' }, [
      el('button', { type: 'button', class: 'b12-save', text: T.summary, onclick: () => showSummary(true) }),
      el('button', { type: 'button', class: 'b12-restart', text: T.restart, onclick: () => askStartOver(true) }),
    ]),
    confirmBox, status, log,
    el('div', { class: 'b12-foot' }, [counter, form,
      el('p', { class: 'b12-note' }, [document.createTextNode(T.note), noteTel, document.createTextNode('.')])]),
  ]);
  const sumText = el('pre', { class: 'b12-sum-text', tabindex: '0', role: 'region', 'aria-label': T.sumTitle });
  const sumView = el('div', { class: 'b12-sumview', hidden: true }, [
    el('h3', { class: 'b12-sum-title', text: T.sumTitle }), sumText,
    el('div', { class: 'b12-sum-actions' }, [
      el('button', { type: 'button', text: T.download, onclick: () => download() }),
      el('button', { type: 'button', text: T.print, onclick: () => printSummary() }),
      el('button', { type: 'button', text: T.backChat, onclick: () => showSummary(false) }),
    ]),
  ]);
  // Announcements live outside the panel, so they are heard while it is closed too.
  const live = el('div', { class: 'b12-sr b12-live', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const liveUrgent = el('div', { class: 'b12-sr b12-live-urgent', 'aria-live': 'assertive', 'aria-atomic': 'true' });
  const panel = el('section', { id: 'b12-panel', class: 'b12-panel', role: 'dialog', 'aria-labelledby': 'b12-title',
    hidden: true }, [
    el('div', { class: 'b12-head' }, [el('h2', { id: 'b12-title', text: cfg.title }), closeBtn]),
    banner, chatView, sumView,
  ]);
  const root = el('aside', { id: 'b12-chat', class: 'b12', lang: cfg.lang, 'aria-label': cfg.title },
    [panel, launcher, live, liveUrgent]);
  root.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Escape' || panel.hidden) return;
    ev.preventDefault();
    if (!sumView.hidden) showSummary(false); else toggle(false);
  });

  /* ---------- rendering ---------- */
  function splitSource(text) {
    const lines = String(text || '').replace(/\s+$/, '').split('\n');
    const last = lines[lines.length - 1];
    if (lines.length > 1 && /^\s*Source:/.test(last)) return [lines.slice(0, -1).join('\n').trim(), last.trim()];
    return [lines.join('\n'), null];
  }
  function timeOf(item) {
    if (!item.at) return null;
    const d = new Date(item.at);
    return el('time', { class: 'b12-time', datetime: d.toISOString(),
      text: d.toLocaleTimeString(cfg.lang, { hour: 'numeric', minute: '2-digit' }) });
  }
  function renderItem(item, isLast) {
    const bot = item.who === 'bot';
    const li = el('li', { class: 'b12-msg b12-' + item.who + (item.kind ? ' b12-k-' + item.kind : ''), 'data-id': item.id });
    li.append(sr(bot ? T.bot : T.you));
    if (item.kind === 'advice' || item.kind === 'emergency') {
      li.append(el('p', { class: 'b12-label', text: item.kind === 'advice' ? T.advice : T.urgent }));
    }
    const [body, source] = bot ? splitSource(item.text) : [item.text, null];
    if (body) li.append(el('p', { class: 'b12-text', dir: 'auto', text: body }));
    if (source) li.append(el('p', { class: 'b12-source', dir: 'auto', text: source }));
    if (item.state === 'failed') {
      li.append(el('p', { class: 'b12-failed' }, [document.createTextNode(T.notSent + ' '),
        el('button', { type: 'button', class: 'b12-retry-one', text: T.retry,
          onclick: () => { item.state = 'queued'; save(); render(); pump(); } })]));
    } else if (item.state) li.append(el('p', { class: 'b12-queued', text: T.waiting }));
    li.append(timeOf(item) || '');
    if (bot && isLast && item.buttons && item.buttons.length) {
      li.append(el('div', { class: 'b12-replies', role: 'group', 'aria-label': T.replies },
        item.buttons.map((b) => el('button', { type: 'button', class: 'b12-reply', dir: 'auto', text: b.title,
          onclick: () => { send(b.payload, b.title); input.focus(); } }))));
    }
    return li;
  }
  let scrollTo = null; // id of the first new reply: its start is brought into view
  function render() {
    list.replaceChildren(...state.items.map((it, i) => renderItem(it, i === state.items.length - 1)));
    const em = state.emergency;
    banner.hidden = !emActive();
    if (em) {
      emText.textContent = em.text || '';
      telLink.href = telHref(em.number);
      telLink.textContent = T.call + ' ' + em.number;
    }
    statusTel.href = telHref(emNumber()); statusTel.textContent = emNumber();
    root.classList.toggle('b12-alert', emActive());
    launchText.textContent = emActive() && panel.hidden ? T.openUrgent : T.open;
    // On short screens the whole chat view scrolls, not the log (widget.css).
    const box = getComputedStyle(log).overflowY === 'visible' ? chatView : log;
    const target = scrollTo && list.querySelector('[data-id="' + scrollTo + '"]');
    if (target) {
      // Scroll only that box (scrollIntoView would scroll the panel and the host page too).
      box.scrollTop += target.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
    } else box.scrollTop = box.scrollHeight;
  }
  function announce(text, urgent) {
    const region = urgent ? liveUrgent : live;
    region.textContent = '';
    setTimeout(() => { region.textContent = text; }, 50);
  }
  function setStatus(text, offline) {
    statusText.textContent = text || '';
    retryBtn.hidden = !offline; statusUrgent.hidden = !offline;
    status.classList.toggle('b12-status-on', !!text);
  }
  function count() {
    const n = input.value.length;
    counter.hidden = n < cfg.maxChars * 0.8;
    counter.textContent = T.count(n) + (n > cfg.maxChars ? '.' + T.over : '');
    counter.classList.toggle('b12-count-over', n > cfg.maxChars);
  }

  /* ---------- open / close ---------- */
  function toggle(open, focus) {
    open = open === undefined ? panel.hidden : open;
    panel.hidden = !open;
    launcher.setAttribute('aria-expanded', String(open));
    root.classList.toggle('b12-open', open);
    render();
    if (open) { if (focus !== false) input.focus(); } else if (focus !== false) launcher.focus();
  }

  /* ---------- talking to Rasa (REST channel) ---------- */
  async function post(body) {
    const ctl = new AbortController();
    const timer = setTimeout(() => ctl.abort(), cfg.timeout);
    try {
      const res = await fetch(cfg.server + '/webhooks/rest/webhook', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, signal: ctl.signal,
        body: JSON.stringify(body), credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer',
      });
      if (!res.ok) throw Object.assign(new Error('HTTP ' + res.status), { status: res.status });
      const data = await res.json();
      return Array.isArray(data) ? data : [];
    } finally { clearTimeout(timer); }
  }
  function addBotMessages(msgs, after) {
    const added = [];
    let group = []; // text items of this response since the last custom payload
    const at = Date.now();
    msgs.forEach((m) => {
      if (!m || typeof m !== 'object') return;
      const buttons = Array.isArray(m.buttons)
        ? m.buttons.filter((b) => b && b.payload).map((b) => ({ title: String(b.title || b.payload), payload: String(b.payload) }))
        : [];
      if (typeof m.text === 'string' && m.text.trim()) {
        const item = { id: newId(), who: 'bot', text: m.text, buttons, at };
        added.push(item); group.push(item);
      } else if (buttons.length && added.length) {
        added[added.length - 1].buttons = buttons;
      }
      const c = m.custom;
      if (c && typeof c === 'object') {
        // 'unavailable': the check could not run, so the general safe advice was given
        if (c.triage === 'provider' || c.triage === 'unavailable') group.forEach((it) => { it.kind = 'advice'; });
        if (c.triage === 'emergency') {
          group.forEach((it) => { it.kind = 'emergency'; });
          state.emergency = { number: String(c.emergency_number || cfg.emergency), dismissed: false,
            text: group.length ? splitSource(group[0].text)[0] : '' };
        }
        group = [];
      }
    });
    // Replies go right after their question: later queued questions stay below.
    const at0 = state.items.indexOf(after);
    state.items.splice(at0 < 0 ? state.items.length : at0 + 1, 0, ...added);
    if (added.length) {
      scrollTo = added[0].id;
      announce(added.map((it) => T.bot + ' ' + splitSource(it.text)[0]).join(' '));
    }
    if (emActive() && added.some((it) => it.kind === 'emergency')) {
      announce(T.emTitle + '. ' + T.call + ' ' + state.emergency.number + '. ' + state.emergency.text, true);
    }
  }

  // Every message typed or chosen is queued (kept in localStorage) and sent in order;
  // none is dropped while the server is unreachable, and a reload picks the queue up again.
  function send(text, display) {
    text = String(text || '').trim();
    if (!text) return;
    if (!state.sender) state.sender = newId();
    // Typed text is sent as text: Rasa reads a leading '/' as an intent command, so the
    // person's '/restart' gets an invisible zero-width space in front (Rasa strips only spaces).
    const payload = display === undefined && text[0] === '/' ? '\u200b' + text : text;
    state.items.push({ id: newId(), who: 'user', text: display || text, payload, state: 'queued', at: Date.now() });
    input.value = ''; count();
    scrollTo = null; save(); render();
    pump();
  }
  let busy = false;
  let offline = false;
  async function pump() {
    const item = state.items.find((it) => it.who === 'user' && (it.state === 'queued' || it.state === 'sending'));
    if (busy || offline || !item) return;
    busy = true;
    // 'sending' after a reload or a lost answer: the server may have it; a resend with the
    // same id returns the recorded replies instead of running the turn twice.
    const resend = item.state === 'sending';
    item.state = 'sending';
    typing.hidden = false; save(); render();
    const sender = state.sender;
    let msgs = null;
    let failed = false;
    try {
      msgs = await post({ sender, message: item.payload || item.text, message_id: item.id, resend });
    } catch (err) {
      if (err && err.status >= 400 && err.status < 500) failed = true;
      else goOffline(!!(err && err.name === 'AbortError'));
    }
    busy = false; typing.hidden = true;
    // Look the message up again: another tab or Start over may have replaced the state meanwhile.
    const cur = state.sender === sender && state.items.find((it) => it.id === item.id);
    if (cur && msgs) {
      delete cur.state;
      if (!offline) setStatus('');
      addBotMessages(msgs, cur);
    } else if (cur && failed) cur.state = 'failed';
    if (cur) save();
    render();
    pump();
  }
  function goOffline(timeout) {
    offline = true;
    setStatus(timeout ? T.slow : T.offline, true);
    announce((timeout ? T.slow : T.offline) + ' ' + T.urgentCall + emNumber() + '.');
    startProbe();
  }

  /* ---------- reconnecting: poll the REST channel's health route ---------- */
  let probeTimer = null;
  let probeDelay = 1000;
  function startProbe() {
    if (probeTimer) return;
    probeDelay = 1000;
    probeTimer = setTimeout(probe, probeDelay);
  }
  async function probe() {
    let ok = false;
    try {
      const ctl = new AbortController();
      const t = setTimeout(() => ctl.abort(), 5000);
      const res = await fetch(cfg.server + '/webhooks/rest/', { signal: ctl.signal, credentials: 'omit', cache: 'no-store' });
      clearTimeout(t);
      ok = res.ok;
    } catch (e) { ok = false; }
    probeTimer = null;
    if (ok) { offline = false; setStatus(T.back); pump(); } else {
      probeDelay = Math.min(probeDelay * 2, 8000); probeTimer = setTimeout(probe, probeDelay);
    }
  }
  function retryNow() {
    clearTimeout(probeTimer); probeTimer = null; probe(); input.focus();
  }
  window.addEventListener('online', () => { if (offline) retryNow(); });

  /* ---------- start over / summary ---------- */
  function askStartOver(on) {
    confirmBox.hidden = !on;
    if (!on) return input.focus();
    confirmText.textContent = T.confirm + (emActive() ? ' ' + T.confirmEm + emNumber() + ' first.' : '');
    confirmYes.focus();
  }
  function startOver() {
    const old = state.sender;
    const hadEmergency = emActive();
    offline = false; clearTimeout(probeTimer); probeTimer = null;
    state = fresh();
    save(); setStatus(''); confirmBox.hidden = true; showSummary(false); render();
    if (old) erase(old);
    announce(hadEmergency ? T.clearedEm : T.cleared);
    input.focus();
  }
  // Deletes the old conversation from the server's tracker store, not just this page.
  async function erase(sender) {
    try {
      const res = await fetch(cfg.server + '/webhooks/rest/erase', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ sender }),
        credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer',
      });
      if (!res.ok) throw new Error('HTTP ' + res.status);
    } catch (e) { if (!expiredSender) setStatus(T.eraseFailed); }
  }
  function summaryText() {
    const bullets = (arr) => (arr.length ? arr.map((s) => '- ' + s.replace(/\n/g, '\n  ')).join('\n') : T.none);
    const users = state.items.filter((it) => it.who === 'user').map((it) => it.text);
    const advice = state.items.filter((it) => it.kind).map((it) =>
      '[' + (it.kind === 'emergency' ? T.urgent : T.advice) + '] ' + it.text);
    const full = state.items.map((it) => (it.who === 'user' ? 'You: ' : 'Assistant: ') + it.text);
    return [cfg.title + ' - conversation summary', 'Saved: ' + new Date().toLocaleString(cfg.lang), T.disclaimer, '',
      T.reported, bullets(users), '', T.given, bullets(advice), '', T.full, full.join('\n\n') || T.none, ''].join('\n');
  }
  function showSummary(on) {
    sumView.hidden = !on; chatView.hidden = on;
    if (on) { sumText.textContent = summaryText(); sumText.focus(); } else if (!panel.hidden) input.focus();
  }
  function download() {
    const url = URL.createObjectURL(new Blob([summaryText()], { type: 'text/plain;charset=utf-8' }));
    const a = el('a', { href: url, download: 'b12-chat-summary-' + new Date().toISOString().slice(0, 10) + '.txt' });
    document.body.append(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }
  function printSummary() {
    document.documentElement.classList.add('b12-printing');
    window.addEventListener('afterprint', () => document.documentElement.classList.remove('b12-printing'), { once: true });
    window.print();
  }

  /* ---------- boot ---------- */
  function mount() {
    document.body.append(root);
    render(); // never reopens by itself: a shared computer shows only the launcher (red if urgent)
    if (expiredSender) erase(expiredSender);
    pump(); // messages queued or in flight before a reload
  }
  // Tabs of one site share the conversation (same sender id): follow the other tab's changes.
  window.addEventListener('storage', (e) => {
    if (e.key !== KEY) return;
    state = load(e.newValue);
    scrollTo = null; render();
  });
  window.B12Chat = { open: () => toggle(true), close: () => toggle(false), reset: startOver };
  if (document.body) mount(); else document.addEventListener('DOMContentLoaded', mount);
})();
